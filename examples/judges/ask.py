"""Ask a judge model for a structured rating through litellm, for the how-to
docs/howto/judges.md. The same code reaches an in-process model, a local server and a hosted
provider; only the model name (and the endpoint) change.

    python ask.py local/judge --register judge=models/judge
    python ask.py openai/judge --api-base http://127.0.0.1:8000/v1
    python ask.py gpt-4o            # with OPENAI_API_KEY set
"""

from __future__ import annotations

import argparse
import json

from pydantic import BaseModel, Field

from creditkit.judges.client import JudgeClient


class Rating(BaseModel):
    """The answer's schema: a judge must fill every field within its bounds."""

    goal: int = Field(ge=0, le=10, description="how far the speaker got towards its goal")
    polite: bool


def main() -> None:
    parser = argparse.ArgumentParser(description="Ask a judge for a Rating.")
    parser.add_argument("model", help="a litellm model name: local/NAME, openai/NAME, gpt-4o")
    parser.add_argument("--register", metavar="NAME=PATH",
                        help="serve local/NAME in-process from the model folder PATH")
    parser.add_argument("--api-base", help="an OpenAI-compatible endpoint for openai/NAME")
    args = parser.parse_args()
    if args.register:
        from creditkit.judges.local import register_local_model

        name, _, path = args.register.partition("=")
        register_local_model(name, path)
    client = JudgeClient(args.model, api_base=args.api_base, max_attempts=3, max_tokens=16)
    dialogue = "A: Could I return this lamp? B: Of course, do you have the receipt?"
    result = client.ask([{"role": "user", "content": f"Rate speaker A.\n{dialogue}"}], Rating)
    if result.ok:
        print(json.dumps({"rating": result.value.model_dump(), "metrics": client.metrics}))
    else:
        print(json.dumps({"unscored": str(result.error), "metrics": client.metrics}))


if __name__ == "__main__":
    main()
