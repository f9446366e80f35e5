"""`ask --explain`: how a message was read and decided, for curators fixing misses without the code."""

from __future__ import annotations

from ..story.bundle import StoryBundle
from .responder import DEFAULT, Thresholds, _tokens, respond
from .understand import read


def explain(question: str, bundle: StoryBundle, previous: str | None = None,
            thresholds: Thresholds = DEFAULT) -> list[str]:
    message = read(question, bundle)
    index = message.index
    lines = [f"language: {message.lang}"]
    if message.small_talk:
        lines.append(f"small talk: {message.small_talk}")
    if previous:
        lines.append(f"previous answer: {previous}")
    for number, query in enumerate(message.parts, 1):
        lines.append(f"question {number}: {query.text}")
        lines.extend(f"  correction: {note}" for note in query.notes)
        shape = [f"type: {query.qtype or 'none shown'}"]
        if query.yesno:
            shape.append("yes/no")
        if query.leans or query.refers or query.other:
            shape.append("leans on the last answer (" + ", ".join(
                name for name, on in (("opener", query.leans), ("pronoun", query.refers),
                                      ("else", query.other)) if on) + ")")
        lines.append("  " + "; ".join(shape))
        if query.mentions:
            lines.append("  names: " + ", ".join(f"{m.kind} {m.value}" for m in query.mentions))
        for reading, topic in [(r, False) for r in query.readings] + (
                [(query.readings[0], True)] if query.yesno and any(m.kind == "person" and m.known
                                                                  for m in query.mentions) else []):
            tokens = _tokens(query, reading, index, topic)
            lines.append(f"  reading: {' '.join(reading.words)}  ->  words {tokens}")
            kind = "" if query.yesno else reading.qtype  # ranked as the decision ranks them
            for scored in index.rank(tokens, thresholds, kind)[:3] if tokens else []:
                fact = index.facts[scored.fact_index]
                types = ",".join(sorted(index.types[scored.fact_index]))
                lines.append(f"    {scored.score:5.1f}  {fact.id}  [{types}]  {index.title(fact)}")
    trace: list[str] = []
    result = respond(question, bundle, previous, thresholds, trace)
    lines.extend(f"rule: {line}" for line in trace)
    facts = ", ".join(p.fact.id if p.fact else "-" for p in result.parts)
    verdicts = ", ".join(p.verdict for p in result.parts if p.verdict)
    lines.append(f"result: {result.kind.value}" + (f" [{facts}]" if facts else "")
                 + (f" verdict {verdicts}" if verdicts else "")
                 + (f" suggestions {[f.id for f in result.suggestions]}" if result.suggestions else "")
                 + (" (follow-up)" if result.followup else ""))
    return lines
