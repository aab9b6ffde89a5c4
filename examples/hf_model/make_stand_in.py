"""Write a small Hugging Face model folder, a stand-in for one you downloaded, so the how-to
docs/howto/hf-model.md runs with no network: a randomly initialised Qwen2 network and a
tokenizer with a chat template, saved with ``save_pretrained`` as a hub download is.

    python make_stand_in.py models/stand-in
"""

from __future__ import annotations

import argparse

from creditkit.models.tiny import build_tiny_model
from creditkit.models.warmup import environment_corpus
from creditkit_envs.maze import MazeEnv


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", help="where to write the model folder (created)")
    folder = parser.parse_args().folder
    corpus = environment_corpus(MazeEnv(), episodes=50, seed=0)
    print(build_tiny_model(folder, corpus, hidden_size=64, num_layers=2, seed=0))


if __name__ == "__main__":
    main()
