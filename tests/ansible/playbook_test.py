#!/usr/bin/env python3
"""tst_ansible_playbook: the Ansible example (examples/ansible/update-firmware.yml) against simulated devices.

Usage: playbook_test.py GROOV_UPDATE GROOV_DEVICE_SIM SOURCE_DIR   (run-playbook-test.sh calls it)

Every device the playbook meets is a groov-device-sim this test started on 127.0.0.1. Runs, in order:
  1. --check: a pre-flight per device, nothing uploaded, nothing changed
  2. the update in waves [1, 3]: every device ends at the target version
  3. again: every device is at the target, so skipped and not changed
  4. a key file others can read: refused before any device is contacted
  5. a failing canary (stage error at decrypt): the play halts, the next wave's devices are untouched
  6. a failure in the second wave: its wave-mate finishes, the third wave does not start
and checks that no API key appears in anything Ansible printed or logged. KEEP_WORK=1 keeps the work folder (the
inventories, each run's output, the simulators' logs) for a look afterwards.
"""

import ctypes
import hashlib
import http.client
import json
import os
import re
import shutil
import signal
import ssl
import subprocess
import sys
import tempfile
import time

START_VERSION = "3.6.0-b.105"  # what groov-device-sim starts with
TARGET_VERSION = "4.1.0-b.42"

_libc = ctypes.CDLL(None, use_errno=True)


def _die_with_this_test():
    # PR_SET_PDEATHSIG: a simulator goes down with the test even when ctest kills the test with SIGKILL.
    _libc.prctl(1, signal.SIGTERM)


class Failure(Exception):
    pass


class Test:
    def __init__(self, groov_update, sim, source):
        self.groov_update = os.path.abspath(groov_update)
        self.sim = os.path.abspath(sim)
        self.playbook_path = os.path.join(os.path.abspath(source), "examples", "ansible", "update-firmware.yml")
        self.work = tempfile.mkdtemp(prefix="tst_ansible_")
        os.chmod(self.work, 0o700)
        self.sims = []
        self.keys = set()  # every API key of every simulator, never to be printed
        self.outputs = []  # (name, text) of every ansible-playbook run, for the key check
        self.firmware = os.path.join(self.work, "epic-4.1.0-b.42.bin")
        self.env = self._ansible_environment()

    # --- set-up -------------------------------------------------------------------------------------------------

    def _ansible_environment(self):
        # Nothing of the user's Ansible set-up applies (no ansible.cfg, ANSIBLE_* or ~/.ansible), and nothing is
        # written outside the work folder.
        env = {k: v for k, v in os.environ.items() if not k.startswith("ANSIBLE_") and k != "GROOV_API_KEY"}
        home = os.path.join(self.work, "home")
        os.makedirs(home, mode=0o700)
        config = os.path.join(self.work, "ansible.cfg")
        open(config, "w").close()
        env.update({
            "HOME": home,
            "XDG_CONFIG_HOME": os.path.join(home, ".config"),
            "XDG_DATA_HOME": os.path.join(home, ".local", "share"),
            "XDG_CACHE_HOME": os.path.join(home, ".cache"),
            "ANSIBLE_CONFIG": config,
            "ANSIBLE_LOCAL_TEMP": os.path.join(self.work, "ansible-local"),
            "ANSIBLE_REMOTE_TEMP": os.path.join(self.work, "ansible-remote"),
            "ANSIBLE_LOG_PATH": os.path.join(self.work, "ansible.log"),
            "ANSIBLE_NOCOLOR": "1",
            "ANSIBLE_HOST_KEY_CHECKING": "False",
            "ANSIBLE_RETRY_FILES_ENABLED": "False",
            "ANSIBLE_FORKS": "4",
        })
        return env

    def make_firmware(self):
        subprocess.run([self.sim, "make-firmware", "--family", "epic", "--version", TARGET_VERSION,
                        "--size", "200000", self.firmware], check=True, stdout=subprocess.DEVNULL)

    def start_sim(self, name, count, *faults):
        """Starts `count` devices on loopback; returns them as dicts (name, port, fingerprint, key file)."""
        out_path = os.path.join(self.work, name + ".jsonl")
        args = [self.sim, "--devices", str(count), "--port", "0", "--bind", "127.0.0.1", "--speed", "200"]
        for fault in faults:
            args += ["--fault", fault]
        # No --api-key: each device makes up its own, and the key reaches this test only through the JSON line.
        with open(out_path, "w") as out, open(os.path.join(self.work, name + ".log"), "w") as log:
            proc = subprocess.Popen(args, stdout=out, stderr=log, stdin=subprocess.DEVNULL,
                                    preexec_fn=_die_with_this_test)
        self.sims.append(proc)
        deadline = time.monotonic() + 30
        while True:
            with open(out_path) as f:
                lines = [line for line in f.read().splitlines() if line.strip()]
            if len(lines) >= count:
                break
            if proc.poll() is not None:
                raise Failure(f"groov-device-sim ({name}) exited {proc.returncode} before it listened")
            if time.monotonic() > deadline:
                raise Failure(f"groov-device-sim ({name}) printed {len(lines)} of {count} devices in 30 s")
            time.sleep(0.1)
        devices = []
        for i, line in enumerate(lines[:count]):
            info = json.loads(line)
            if not info["baseUrl"].startswith("https://127.0.0.1:"):
                raise Failure(f"a simulated device listens elsewhere than on loopback: {info['baseUrl']}")
            self.keys.add(info["apiKey"])
            key_file = os.path.join(self.work, f"{name}-{i + 1}.key")
            fd = os.open(key_file, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
            with os.fdopen(fd, "w") as f:
                f.write(info["apiKey"] + "\n")
            devices.append({"name": f"{name}-{i + 1}", "port": info["port"], "fingerprint": info["fingerprint"],
                            "key_file": key_file})
        return devices

    def write_inventory(self, name, devices):
        # JSON is YAML: the inventory plugin reads it as written, in this order (the waves follow it).
        hosts = {d["name"]: {"groov_address": f"127.0.0.1:{d['port']}", "groov_fingerprint": d["fingerprint"],
                             "groov_api_key_file": d["key_file"]} for d in devices}
        path = os.path.join(self.work, name + "-inventory.yml")
        with open(path, "w") as f:
            json.dump({"groov_devices": {"hosts": hosts}}, f, indent=2)
        return path

    def write_vars(self):
        path = os.path.join(self.work, "vars.json")
        with open(path, "w") as f:
            json.dump({
                "groov_update_bin": self.groov_update,
                "groov_firmware": self.firmware,
                "groov_target_version": TARGET_VERSION,
                "groov_waves": [1, 3],          # a canary, then the other three (Ansible repeats the last size)
                "groov_concurrent_uploads": 2,
                "groov_poll_seconds": 1,
                "groov_timeout_minutes": 5,
            }, f)
        return path

    # --- observing ------------------------------------------------------------------------------------------------

    def redact(self, text):
        for key in self.keys:
            text = text.replace(key, "[API key removed]")
        return text

    def playbook(self, name, inventory, extra_vars, *options):
        args = ["ansible-playbook", "-i", inventory, self.playbook_path, "-e", "@" + extra_vars, *options]
        started = time.monotonic()
        run = subprocess.run(args, cwd=self.work, env=self.env, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
                             stderr=subprocess.STDOUT, text=True, timeout=240)
        seconds = time.monotonic() - started
        self.outputs.append((name, run.stdout))
        with open(os.path.join(self.work, name + ".out"), "w") as f:
            f.write(run.stdout)
        return run.returncode, run.stdout, seconds

    @staticmethod
    def recap(output):
        """PLAY RECAP counts per host: {host: {"ok": n, "changed": n, ...}}."""
        counts = {}
        for m in re.finditer(r"^(\S+)\s+:\s+((?:\w+=\d+\s*)+)$", output.split("PLAY RECAP", 1)[-1], re.M):
            counts[m.group(1)] = {k: int(v) for k, v in re.findall(r"(\w+)=(\d+)", m.group(2))}
        return counts

    @staticmethod
    def task_times(output, task):
        """{host: (start, end)} of a command task, from the results -v prints."""
        section = output.split(f"TASK [{task}]", 1)[1].split("\nTASK [", 1)[0]
        times = {}
        for m in re.finditer(r"^\w+: \[(\S+) -> localhost\] => (\{.*\})$", section, re.M):
            result = json.loads(m.group(2))
            times[m.group(1)] = (result["start"], result["end"])  # same format throughout: sortable as text
        return times

    def device_version(self, device):
        """The version the device reports over groov Manage's API, read by groov-update's pre-flight."""
        run = subprocess.run([self.groov_update, "--device", f"127.0.0.1:{device['port']}",
                              "--fingerprint", device["fingerprint"], "--api-key-file", device["key_file"],
                              "--firmware", self.firmware, "--dry-run", "--json"],
                             env=self.env, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
                             stderr=subprocess.DEVNULL, text=True, timeout=60)
        result = json.loads(run.stdout.splitlines()[-1])
        if run.returncode != 0:
            raise Failure(f"{device['name']}: the version check failed: {self.redact(result['message'])}")
        return result["report"]["device"]["versionBefore"]

    @staticmethod
    def sim_report(device):
        """What the simulated device saw (GET /sim/v1/report needs no key), over TLS pinned to its certificate."""
        context = ssl.create_default_context()
        context.check_hostname = False
        context.verify_mode = ssl.CERT_NONE  # checked by hand below: the device's certificate is self-signed
        conn = http.client.HTTPSConnection("127.0.0.1", device["port"], context=context, timeout=10)
        try:
            conn.connect()
            if hashlib.sha256(conn.sock.getpeercert(binary_form=True)).hexdigest() != device["fingerprint"]:
                raise Failure(f"{device['name']}: another certificate than the simulator printed")
            conn.request("GET", "/sim/v1/report")
            return json.loads(conn.getresponse().read())
        finally:
            conn.close()

    # --- the checks -----------------------------------------------------------------------------------------------

    def expect(self, condition, what, output=None):
        if not condition:
            if output is not None:
                print(self.redact(output), file=sys.stderr)
            raise Failure(what)

    def run(self):
        self.make_firmware()
        # Uploads slowed to 2 s each (200 kB at 100 kB/s), so that the throttle shows: unthrottled, the second wave's
        # three uploads would overlap.
        devices = self.start_sim("sim", 4, "slow-upload=100000")
        inventory = self.write_inventory("fleet", devices)
        extra_vars = self.write_vars()
        names = [d["name"] for d in devices]

        # 1. --check maps to --dry-run: every device passes its pre-flight and nothing is uploaded.
        rc, out, secs = self.playbook("check", inventory, extra_vars, "--check")
        self.expect(rc == 0, f"--check run exited {rc}", out)
        recap = self.recap(out)
        self.expect(sorted(recap) == sorted(names), f"--check recap lists {sorted(recap)}", out)
        self.expect(all(recap[n]["changed"] == 0 and recap[n]["failed"] == 0 for n in names),
                    f"--check changed or failed something: {recap}", out)
        self.expect(out.count(f"would update {START_VERSION} -> {TARGET_VERSION}") == 4,
                    "--check did not say 'would update' for each device", out)
        for d in devices:
            report = self.sim_report(d)
            self.expect(not report["prepare"] and not report["chunks"], f"{d['name']}: --check sent firmware")
            self.expect(self.device_version(d) == START_VERSION, f"{d['name']}: --check changed the version")
        print(f"ok   --check: 4 pre-flights, changed=0, nothing uploaded, still {START_VERSION} ({secs:.1f} s)")

        # 2. The update, in waves: sim-1 alone (the canary), then the other three. -v prints every command's
        # output too (all of groov-update's JSON events), which the key check below then also covers.
        rc, out, secs = self.playbook("update", inventory, extra_vars, "-v")
        self.expect(rc == 0, f"update run exited {rc}", out)
        recap = self.recap(out)
        self.expect(all(recap.get(n, {}).get("changed", 0) >= 1 and recap[n]["failed"] == 0 for n in names),
                    f"update recap: {recap}", out)
        # Ansible prints the play's tasks again for every batch (wave), starting with the first task.
        waves = out.split("PLAY RECAP")[0].split("TASK [Check the run's settings and the key file]")[1:]
        self.expect(len(waves) == 2, f"expected 2 waves, the output shows {len(waves)}", out)
        wave1, wave2 = waves
        self.expect("[sim-1" in wave1 and not any(f"[{n}" in wave1 for n in names[1:]),
                    "the first wave is not the canary sim-1 alone", out)
        self.expect(all(f"[{n}" in wave2 for n in names[1:]) and "[sim-1" not in wave2,
                    "the second wave is not sim-2 to sim-4", out)
        self.expect(out.count(f"succeeded: Firmware updated: version {START_VERSION} -> {TARGET_VERSION}.") == 4,
                    "not every device says 'succeeded: Firmware updated'", out)
        uploads = self.task_times(wave2, "Upload the firmware")
        self.expect(sorted(uploads) == names[1:], f"the second wave's uploads: {sorted(uploads)}", out)
        most = max(sum(1 for s, e in uploads.values() if s <= t < e) for t, _ in uploads.values())
        self.expect(most <= 2, f"{most} uploads ran at once, beyond groov_concurrent_uploads 2", out)
        for d in devices:
            report = self.sim_report(d)
            self.expect(len(report["prepare"]) == 1, f"{d['name']}: {len(report['prepare'])} prepares, not 1")
            self.expect(not report["violations"], f"{d['name']}: protocol violations: {report['violations']}")
            version = self.device_version(d)
            self.expect(version == TARGET_VERSION, f"{d['name']}: reports {version} after the update")
        print(f"ok   update: waves [sim-1] then [sim-2..4], at most {most} of 3 uploads at once (throttle 2), "
              f"changed on all 4, all now report {TARGET_VERSION}, no protocol violations ({secs:.1f} s)")

        # 3. Again: every device is at the target already, so skipped and reported unchanged.
        rc, out, secs = self.playbook("again", inventory, extra_vars)
        self.expect(rc == 0, f"second run exited {rc}", out)
        recap = self.recap(out)
        self.expect(all(recap[n]["changed"] == 0 and recap[n]["failed"] == 0 for n in names),
                    f"second run recap: {recap}", out)
        self.expect(out.count(f"already at {TARGET_VERSION}: skipped") == 4, "not every device was skipped", out)
        self.expect(all(len(self.sim_report(d)["prepare"]) == 1 for d in devices), "the second run uploaded again")
        print(f"ok   again: all 4 skipped as already at {TARGET_VERSION}, changed=0, nothing uploaded ({secs:.1f} s)")

        # 4. A key file others can read is refused before the device is contacted; the canary's failure halts the rest.
        requests_before = [len(self.sim_report(d)["requests"]) for d in devices]
        os.chmod(devices[0]["key_file"], 0o644)
        rc, out, secs = self.playbook("open-key", inventory, extra_vars)
        os.chmod(devices[0]["key_file"], 0o600)
        self.expect(rc != 0, "a key file readable by others was accepted", out)
        self.expect(f"chmod 600 {devices[0]['key_file']}" in out, "the refusal does not say chmod 600", out)
        requests_after = [len(self.sim_report(d)["requests"]) for d in devices]
        self.expect(requests_after == requests_before,
                    f"a device was contacted: requests {requests_before} -> {requests_after}", out)
        print(f"ok   open key file: refused with 'chmod 600', exit {rc}, no device contacted ({secs:.1f} s)")

        # 5. A failing canary: its device fails at decrypt; max_fail_percentage 0 halts the play before wave 2.
        canary = self.start_sim("bad", 1, "stage-error=8@decrypt")
        rest = self.start_sim("good", 3)
        halt_inventory = self.write_inventory("halt", canary + rest)
        rc, out, secs = self.playbook("halt", halt_inventory, extra_vars)
        self.expect(rc != 0, "the play with a failing canary exited 0", out)
        recap = self.recap(out)
        self.expect(recap.get("bad-1", {}).get("failed") == 1, f"the canary did not fail: {recap}", out)
        self.expect("Decrypt" in out and "error code 8" in out, "the failure does not name the stage", out)
        self.expect(all(recap.get(d["name"], {}).get("ok", 0) == 0 for d in rest),
                    f"the second wave ran after the canary failed: {recap}", out)
        for d in rest:
            report = self.sim_report(d)
            self.expect(not report["prepare"] and not report["chunks"], f"{d['name']}: updated after the halt")
            self.expect(self.device_version(d) == START_VERSION, f"{d['name']}: version changed after the halt")
        print(f"ok   failing canary: bad-1 failed at Decrypt (error code 8), exit {rc}, the play halted, "
              f"good-1..3 untouched at {START_VERSION} ({secs:.1f} s)")

        # 6. A failure in a later wave: waves [1, 2] over good-1 | bad-1, good-2 | good-3. bad-1 fails, good-2 in the
        # same wave is still followed to its end and counts as updated, and max_fail_percentage 0 keeps the third
        # wave from starting (Ansible alone would go on: not every device of the wave failed).
        wave_inventory = self.write_inventory("wave", [rest[0], canary[0], rest[1], rest[2]])
        rc, out, secs = self.playbook("wave", wave_inventory, extra_vars, "-e", '{"groov_waves": [1, 2]}')
        self.expect(rc != 0, "the play with a failure in the second wave exited 0", out)
        recap = self.recap(out)
        for d in rest[:2]:
            self.expect(recap.get(d["name"], {}).get("failed") == 0 and recap[d["name"]]["changed"] >= 1,
                        f"{d['name']} was not updated: {recap}", out)
            self.expect(self.device_version(d) == TARGET_VERSION, f"{d['name']}: not at {TARGET_VERSION}")
        self.expect(recap.get("bad-1", {}).get("failed") == 1, f"bad-1 did not fail: {recap}", out)
        self.expect(recap.get("good-3", {}).get("ok", 0) == 0, f"the third wave ran: {recap}", out)
        report = self.sim_report(rest[2])
        self.expect(not report["prepare"] and self.device_version(rest[2]) == START_VERSION, "good-3 was updated")
        print(f"ok   failure in wave 2: bad-1 failed, its wave-mate good-2 updated to the end, wave 3 (good-3) "
              f"not started, exit {rc} ({secs:.1f} s)")

        # 7. No key anywhere Ansible wrote: its output (-v included) and its log file.
        with open(self.env["ANSIBLE_LOG_PATH"]) as f:
            self.outputs.append(("ansible.log", f.read()))
        for name, text in self.outputs:
            for key in self.keys:
                self.expect(key not in text, f"an API key appears in the output of '{name}'")
        print(f"ok   no API key in {len(self.outputs) - 1} playbook outputs or ansible.log "
              f"({sum(len(t) for _, t in self.outputs)} bytes checked, {len(self.keys)} keys)")

    def close(self):
        for proc in self.sims:
            if proc.poll() is None:
                proc.terminate()
        for proc in self.sims:
            try:
                proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait()
        if os.environ.get("KEEP_WORK"):
            print(f"work folder kept: {self.work}")
        else:
            shutil.rmtree(self.work, ignore_errors=True)


def main():
    if len(sys.argv) != 4:
        print(__doc__, file=sys.stderr)
        return 2
    # SIGTERM (ctest's timeout, a Ctrl+C'd shell) unwinds through close() like any other end.
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(143))
    started = time.monotonic()
    test = Test(*sys.argv[1:])
    try:
        test.run()
    except Failure as failure:
        print(f"FAIL {test.redact(str(failure))}", file=sys.stderr)
        return 1
    finally:
        test.close()
    print(f"PASS tst_ansible_playbook in {time.monotonic() - started:.1f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
