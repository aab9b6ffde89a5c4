"""Build a tiny causal LM (Qwen2 architecture) and a byte-level BPE tokenizer, locally.

Nothing is downloaded: the tokenizer is trained by the ``tokenizers`` library on a corpus you
give (e.g. an environment's prompts), the model is initialised from a config. The result is a
normal Hugging Face folder that ``from_pretrained(path)`` reloads, so the rest of creditkit
treats it exactly like a real model id.

Trap avoided: transformers 5.x rebuilds a Qwen2-class tokenizer its own way on load (changing
ids). We train with Qwen2's own pre-tokenizer (digits split one by one) and save the tokenizer
as a plain ``PreTrainedTokenizerFast`` with ``padding_side`` set at construction, so a reload
gives the same ids; a test checks it.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

import torch
from tokenizers import Regex, Tokenizer, decoders, models, pre_tokenizers, trainers
from transformers import PreTrainedTokenizerFast, Qwen2Config, Qwen2ForCausalLM

SPECIAL_TOKENS = ["<|endoftext|>", "<|im_start|>", "<|im_end|>"]
CHAT_TEMPLATE = (
    "{% for message in messages %}<|im_start|>{{ message['role'] }}\n"
    "{{ message['content'] }}<|im_end|>\n{% endfor %}"
    "{% if add_generation_prompt %}<|im_start|>assistant\n{% endif %}"
)
# Qwen2's pre-tokenisation pattern: letters, single digits, punctuation runs, newlines, spaces.
QWEN2_PATTERN = (
    r"(?i:'s|'t|'re|'ve|'m|'ll|'d)|[^\r\n\p{L}\p{N}]?\p{L}+|\p{N}| ?[^\s\p{L}\p{N}]+[\r\n]*"
    r"|\s*[\r\n]+|\s+(?!\S)|\s+"
)


def train_tokenizer(corpus: Iterable[str], vocab_size: int = 512) -> PreTrainedTokenizerFast:
    """Train a byte-level BPE tokenizer with Qwen2's pre-tokenizer and a chat template.

    Args:
        corpus: texts to learn merges from (include the prompts and actions the policy sees).
        vocab_size: target vocabulary size (>= 256 + 3 special tokens).
    """
    if vocab_size < 259:
        raise ValueError(f"vocab_size must be >= 259 (256 bytes + 3 special tokens), got "
                         f"{vocab_size}")
    tokenizer = Tokenizer(models.BPE())
    tokenizer.pre_tokenizer = pre_tokenizers.Sequence([
        pre_tokenizers.Split(Regex(QWEN2_PATTERN), behavior="isolated"),
        pre_tokenizers.ByteLevel(add_prefix_space=False, use_regex=False),
    ])
    tokenizer.decoder = decoders.ByteLevel()
    trainer = trainers.BpeTrainer(vocab_size=vocab_size, special_tokens=SPECIAL_TOKENS,
                                  initial_alphabet=pre_tokenizers.ByteLevel.alphabet(),
                                  show_progress=False)
    tokenizer.train_from_iterator(corpus, trainer=trainer)
    return PreTrainedTokenizerFast(
        tokenizer_object=tokenizer, eos_token="<|im_end|>", pad_token="<|endoftext|>",
        padding_side="left", chat_template=CHAT_TEMPLATE,
    )


def build_tiny_model(
    output_dir: str | Path,
    corpus: Iterable[str],
    *,
    hidden_size: int = 64,
    num_layers: int = 2,
    num_heads: int = 2,
    vocab_size: int = 512,
    max_positions: int = 1024,
    seed: int = 0,
) -> Path:
    """Train a tokenizer on ``corpus``, initialise a Qwen2 model, save both to ``output_dir``.

    Args:
        output_dir: folder to write (created).
        corpus: texts for the tokenizer.
        hidden_size, num_layers, num_heads: model shape (64 x 2 has about 0.1M parameters
            beyond the embeddings).
        vocab_size: tokenizer vocabulary size.
        max_positions: longest sequence the model accepts.
        seed: initialisation seed.

    Returns:
        ``output_dir`` as a Path; ``AutoModelForCausalLM.from_pretrained`` and
        ``AutoTokenizer.from_pretrained`` load it.
    """
    if hidden_size % num_heads:
        raise ValueError(f"hidden_size ({hidden_size}) must be divisible by num_heads "
                         f"({num_heads})")
    output = Path(output_dir)
    tokenizer = train_tokenizer(corpus, vocab_size)
    config = Qwen2Config(
        vocab_size=len(tokenizer), hidden_size=hidden_size, intermediate_size=4 * hidden_size,
        num_hidden_layers=num_layers, num_attention_heads=num_heads,
        num_key_value_heads=num_heads, max_position_embeddings=max_positions,
        tie_word_embeddings=True, eos_token_id=tokenizer.eos_token_id,
        pad_token_id=tokenizer.pad_token_id, bos_token_id=None,
    )
    torch.manual_seed(seed)
    model = Qwen2ForCausalLM(config)
    model.generation_config.eos_token_id = tokenizer.eos_token_id
    model.generation_config.pad_token_id = tokenizer.pad_token_id
    output.mkdir(parents=True, exist_ok=True)
    model.save_pretrained(output)
    tokenizer.save_pretrained(output)
    return output
