"""Test support shared by the test modules: the fake Bot API, update factories, the recording request."""
