"""Every English text the bot says (the examples on /start and /help come from facts.yaml)."""

from ..texts import Texts

TEXTS = Texts(
    start=("Hi! I answer questions about one news story: “{title}” ({outlet}, {date}).\n\n"
           "Ask me anything about it in your own words, or pick a question below."),
    help=("Ask a question about the story in plain words, e.g. “{example1}” or “{example2}”. "
          "Typos are fine.\n\n"
          "I answer only from the story. If it doesn't say, I tell you so and show what I can answer.\n\n"
          "/topics – everything I can answer\n/source – the article this is based on\n"
          "In groups, mention me or reply to my message. In any chat, type @ and my name, then a question."),
    fallback=("The story doesn't say, or I didn't understand the question. I only know what "
              "“{title}” ({outlet}, {date}) reports. Here is what I can answer:"),
    did_you_mean="I'm not sure I understood. Did you mean one of these?",
    thanks="You're welcome! Ask me anything else about the story.",
    bye="Bye! Come back any time with a question about the story.",
    how_are_you="I'm fine, thanks! Ask me anything about the story.",
    about=("I'm a bot that answers questions about one news story: “{title}” ({outlet}, {date}). "
           "I only know what it says, and I tell you when it doesn't say."),
    stale_button="That button is out of date. Please ask again.",
    unknown_command="Sorry, I don't know that command. Try /help.",
    not_text="I can only read text messages. Please type your question about the story.",
    slow_down="You're sending messages very fast. I'll answer again in a few seconds.",
    error="Sorry, something went wrong, please try again.",
    feedback_thanks="Thanks for the feedback!",
    topics_page="Everything I can answer (page {page} of {pages}):",
    previous_page="« Previous",
    next_page="More »",
    source_label="Source",
    source_byline="{outlet}, by {author}",
    source_published="Published {date}",
    nothing_to_press="There is nothing to press here: type a question, or /topics for a list.",
    terminal_hint="(Type a question, or a button's number to press it; /quit, quit or Ctrl-D to leave.)",
    command_start="What this bot is, with example questions",
    command_help="How to ask",
    command_topics="Everything I can answer",
    command_source="The article this bot knows",
    months=("January", "February", "March", "April", "May", "June", "July", "August", "September",
            "October", "November", "December"),
    date_format="{month} {day}, {year}",
    other_language="I understand only Ukrainian and English.",
    help_languages="You can ask in English or in Ukrainian.",
)
