#!/usr/bin/env bash
# The wheels benchmarks/gpu_check.sh needs on the GPU machine (Python 3.12, no network there):
# the packages creditkit imports that its image lacks. Run here, in the repository root, before
# the device call; .whl/ is git-ignored and travels with the call's carry=[".whl"].
set -euo pipefail
cd "$(dirname "$0")/.."
mkdir -p .whl
python3 -m pip download -q --no-deps --only-binary=:all: --python-version 3.12 \
  --implementation cp --platform manylinux_2_28_x86_64 --platform manylinux_2_17_x86_64 \
  -d .whl hydra-core==1.3.2 omegaconf==2.3.0
# antlr4-python3-runtime 4.9.3 (omegaconf's parser) is published as a source archive only: its
# wheel is pure Python, built here
python3 -m pip wheel -q --no-deps -w .whl antlr4-python3-runtime==4.9.3
ls .whl
