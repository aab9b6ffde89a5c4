"""Language-model judges and annotators: structured answers with bounded retries, and an
on-disk answer cache. (The litellm client and the in-process local provider come next.)"""

from creditkit.judges.cache import ResponseCache
from creditkit.judges.structured import (
    StructuredResult,
    extract_json,
    generate_structured,
    parse_structured,
)

__all__ = ["ResponseCache", "StructuredResult", "extract_json", "generate_structured",
           "parse_structured"]
