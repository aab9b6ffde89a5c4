"""Language-model judges and annotators: structured answers with bounded retries, an on-disk
answer cache, schema-guided generation, the litellm client (:mod:`creditkit.judges.client`) and
the in-process ``local/<name>`` provider (:mod:`creditkit.judges.local`; both need
``creditkit[judges]``)."""

from creditkit.judges.cache import ResponseCache
from creditkit.judges.structured import (
    StructuredResult,
    extract_json,
    generate_structured,
    parse_structured,
)

__all__ = ["ResponseCache", "StructuredResult", "extract_json", "generate_structured",
           "parse_structured"]
