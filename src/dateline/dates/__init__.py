"""Find, normalise and date the time expressions of plain text: a leaf package every stage may use.

``find.py`` finds time expressions with the rules of ``lexicons/time_patterns.jsonl`` (skipping, with
``literals.py``, a rule on a text that lacks a word the rule needs, and with ``windows.py`` the stretches
of a text too far from such a word to hold a match);
``tense.py`` guesses the tense of the clause around one; ``normalize.py`` resolves one to an
Interval or a TIMEX3 value against an anchor date, with the calendar arithmetic of
``periods.py``; ``timeml.py`` writes TimeML TIMEX3 records. No spaCy and no stage imports here:
``annotate/timex.py`` places what this package finds onto a parse.
"""
