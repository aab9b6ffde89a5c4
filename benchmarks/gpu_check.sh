#!/usr/bin/env bash
# The GPU check, prepared for the day a GPU machine is lent (docs/engines.md, "GPU tests and the
# GPU benchmark"): at most 8 minutes, from the repository root, with no network and no install:
#   1. the GPU tests (python3 -m pytest -m gpu tests/gpu);
#   2. benchmarks/gpu_step.py (rollout tokens/s, update seconds, peak memory; 0.5B shape);
#   3. a 2-step Qwen2.5-0.5B-shaped bf16 run of creditkit-train (python3 -m creditkit.app.cli) on the
#      HF engine, with gradient checkpointing and KL (the GPU machine has no vLLM).
# Everything it prints is also written under $OUT (default gpu-check/). creditkit is put on
# PYTHONPATH as the installed layout has it (creditkit, creditkit.configs, creditkit_envs), so
# nothing is installed; what the machine lacks (hydra-core, omegaconf, antlr4) travels as wheels
# in .whl/, made here by benchmarks/gpu_wheels.sh.
set -uo pipefail
cd "$(dirname "$0")/.."
OUT=${OUT:-gpu-check}
mkdir -p "$OUT"
export PYTHONUNBUFFERED=1 TOKENIZERS_PARALLELISM=false
site=/tmp/creditkit-site
rm -rf "$site" && mkdir -p "$site"
if compgen -G ".whl/*.whl" >/dev/null; then
  python3 -m pip install -q --no-index --no-deps --no-compile --no-cache-dir --target "$site" \
    .whl/*.whl || exit 1
fi
cp -r creditkit "$site/creditkit" && cp -r configs "$site/creditkit/configs" \
  && cp -r envs "$site/creditkit_envs" || exit 1
export PYTHONPATH="$site:$PWD${PYTHONPATH:+:$PYTHONPATH}"

{
  date -u
  nvidia-smi --query-gpu=name,memory.total,driver_version --format=csv,noheader
  python3 -c "import torch, transformers, accelerate, peft; print('torch', torch.__version__,
'cuda', torch.version.cuda, '| transformers', transformers.__version__, '| accelerate',
accelerate.__version__, '| peft', peft.__version__)"
} 2>&1 | tee "$OUT/machine.txt"

status=0
echo "== 1. GPU tests" | tee "$OUT/gpu_tests.log"
timeout 200 python3 -m pytest -m gpu tests/gpu -p no:cacheprovider -q -rs 2>&1 \
  | tee -a "$OUT/gpu_tests.log" || status=1

echo "== 2. benchmarks/gpu_step.py" | tee "$OUT/gpu_step.log"
timeout 150 python3 benchmarks/gpu_step.py 2>&1 | tee -a "$OUT/gpu_step.log" || status=1

echo "== 3. a 2-step Qwen2.5-0.5B-shaped bf16 run (python3 -m creditkit.app.cli)" \
  | tee "$OUT/run.log"
model=/tmp/creditkit-gpu-check/model
timeout 60 python3 -c "
from creditkit.models.shapes import build_shaped_model
from creditkit.models.warmup import environment_corpus
from creditkit_envs.maze import MazeEnv
build_shaped_model('$model', environment_corpus(MazeEnv(size=3), episodes=50, seed=0),
                   'qwen2.5-0.5b')" 2>&1 | tee -a "$OUT/run.log" || status=1
timeout 120 python3 -m creditkit.app.cli policy=pretrained "policy.name_or_path=$model" \
  policy.gradient_checkpointing=true trainer.mixed_precision=bf16 trainer.steps=2 \
  trainer.eval_every=0 trainer.save_every=0 trainer.kl_coef=0.01 trainer.lr=1e-6 \
  trainer.recompute_old_logprobs=true env.size=3 env.max_steps=4 rollout.groups_per_step=4 \
  rollout.group_size=8 rollout.max_new_tokens=16 progress=false \
  output_dir=/tmp/creditkit-gpu-check/run 2>&1 | tee -a "$OUT/run.log" || status=1
cp /tmp/creditkit-gpu-check/run/metrics.jsonl "$OUT/run_metrics.jsonl" 2>/dev/null || status=1
echo "gpu_check: exit $status" | tee -a "$OUT/machine.txt"
exit "$status"
