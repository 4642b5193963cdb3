"""Reference FSRS-6 states for src/progress/memory.rs, computed with the Python `fsrs` package
(py-fsrs, the reference scheduler of the FSRS authors).

    python3 -m venv venv && venv/bin/pip install fsrs==6.3.2
    venv/bin/python make_reference.py > reference.jsonl

The scheduler is set up to match mathdrill's: the default FSRS-6 parameters (the same 21 numbers
as the Rust crate's DEFAULT_PARAMETERS), no learning or relearning steps (every review, the first
included, schedules in whole days), no fuzzing, maximum interval 36500 days. Every review is at
or after 12:00 UTC and no earlier in the day than the review before it, so py-fsrs's elapsed
days (whole 24-hour periods) equal mathdrill's (calendar days, UTC), and a second review on the
same day takes the short-term path in both.

One JSON object per review: the sequence, the desired retention, the review time (Unix ms), the
rating (1 Again .. 4 Easy), and the state after it: stability, difficulty, due (Unix ms).
"""

import json
from datetime import datetime, timedelta, timezone

from fsrs import Card, Rating, Scheduler

DAY0 = datetime(2026, 12, 1, 12, 0, tzinfo=timezone.utc)

# (name, [(day, minutes after 12:00, rating)]): minutes never fall from one day to the next
SEQUENCES = [
    (
        "mixed",
        [(0, 0, 3), (2, 0, 3), (8, 0, 2), (9, 0, 1), (9, 40, 3), (12, 40, 4), (40, 45, 3)],
    ),
    ("again_first", [(0, 0, 1), (1, 0, 1), (2, 0, 3), (6, 0, 4), (30, 0, 3)]),
    ("easy_run", [(0, 0, 4), (8, 0, 4), (40, 0, 4), (200, 0, 3)]),
    ("same_day", [(0, 0, 3), (0, 5, 3), (0, 10, 1), (0, 20, 2), (1, 20, 3)]),
    ("late", [(0, 0, 3), (3, 0, 3), (90, 0, 3), (95, 0, 1)]),
]


def ms(t):
    return int(t.timestamp() * 1000)


def main():
    for retention in (0.9, 0.95, 0.8):
        scheduler = Scheduler(
            desired_retention=retention,
            learning_steps=(),
            relearning_steps=(),
            maximum_interval=36500,
            enable_fuzzing=False,
        )
        for name, reviews in SEQUENCES:
            card = Card()
            for day, minutes, rating in reviews:
                at = DAY0 + timedelta(days=day, minutes=minutes)
                card, _ = scheduler.review_card(card, Rating(rating), review_datetime=at)
                print(
                    json.dumps(
                        {
                            "sequence": name,
                            "retention": retention,
                            "at": ms(at),
                            "rating": rating,
                            "stability": card.stability,
                            "difficulty": card.difficulty,
                            "due": ms(card.due),
                        }
                    )
                )


if __name__ == "__main__":
    main()
