"""The Rasa server runs TensorFlow's ops in the calling thread (bot/rasa_plugins/server.py says why),
unless the environment says otherwise; checked in Rasa's own environment, as ``serve.sh`` starts it."""

from __future__ import annotations

import os
import subprocess

import pytest

from bot.config import PROJECT_ROOT

RASA_PYTHON = PROJECT_ROOT / ".venv-rasa" / "bin" / "python"
# What rasa.__main__.main does before it serves: import the server module (serve.sh's entry point),
# then Rasa's own TensorFlow set-up, which reads the thread settings from the environment.
PROBE = """
import bot.rasa_plugins.server
from rasa.utils.tensorflow.environment import setup_tf_environment
setup_tf_environment()
import tensorflow as tf
print(tf.config.threading.get_inter_op_parallelism_threads(), tf.config.threading.get_intra_op_parallelism_threads())
"""
NAMES = ("TF_INTER_OP_PARALLELISM_THREADS", "TF_INTRA_OP_PARALLELISM_THREADS")


def _threads(**settings: str) -> tuple[int, int]:
    if not RASA_PYTHON.exists():
        pytest.fail(".venv-rasa mangler: kjør `make setup`")
    env = {k: v for k, v in os.environ.items() if k not in NAMES}
    env.update(settings, PYTHONPATH=str(PROJECT_ROOT), TF_CPP_MIN_LOG_LEVEL="3")
    out = subprocess.run([str(RASA_PYTHON), "-c", PROBE], capture_output=True, text=True, timeout=300, env=env,
                         cwd=PROJECT_ROOT)
    assert out.returncode == 0, out.stderr[-3000:]
    inter, intra = out.stdout.split()[-2:]
    return int(inter), int(intra)


def test_tensorflow_runs_ops_in_the_calling_thread() -> None:
    assert _threads() == (1, 1)  # TensorFlow's default is 0: a pool sized to the machine's cores


def test_the_environment_can_still_choose() -> None:
    assert _threads(TF_INTER_OP_PARALLELISM_THREADS="2", TF_INTRA_OP_PARALLELISM_THREADS="3") == (2, 3)
