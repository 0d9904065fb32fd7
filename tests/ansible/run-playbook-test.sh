#!/usr/bin/env bash
# tst_ansible_playbook: runs examples/ansible/update-firmware.yml against simulated devices (playbook_test.py).
# Usage: run-playbook-test.sh GROOV_UPDATE GROOV_DEVICE_SIM SOURCE_DIR
# Exits 77, which ctest reports as skipped, where ansible-core is not installed: Ansible is the plant's tool, not
# a build dependency, so a machine without it skips this test instead of failing it.
set -euo pipefail

if ! command -v ansible-playbook >/dev/null 2>&1; then
    echo "tst_ansible_playbook: ansible-core is not installed (no ansible-playbook in PATH):" \
         "scripts/setup installs it; skipping"
    exit 77
fi
# ansible-core depends on python3, so it is there whenever ansible-playbook is.
exec python3 "$(dirname "$0")/playbook_test.py" "$@"
