#!/usr/bin/env python3
"""A Python host of libnesting through ctypes (no extra package): nests a job, cancels a second run mid-way and
keeps its best-so-far nest, feeds bad input and reads the error. Run by .ci/packages:

    python3 nest_demo.py PATH/libnesting.so JOB.json [--result OUT.json]

--result writes the first run's result.json text, so that CI can compare it with `nest run` on the same job.
"""
import ctypes
import json
import os
import sys
import threading
import time

PROGRESS = ctypes.CFUNCTYPE(None, ctypes.c_void_p, ctypes.c_double, ctypes.c_int32, ctypes.c_double, ctypes.c_int32, ctypes.c_char_p)
OK, INTERNAL_ERROR, BAD_INPUT, PARTS_UNPLACED = 0, 1, 2, 3


class Nesting:
    """The functions of nesting.h with their C types."""

    def __init__(self, path):
        lib = ctypes.CDLL(path)
        lib.nesting_abi_version.restype = ctypes.c_int32
        lib.nesting_version.restype = ctypes.c_char_p
        lib.nesting_last_error.restype = ctypes.c_char_p
        lib.nesting_run_job.restype = ctypes.c_int32
        lib.nesting_run_job.argtypes = [ctypes.c_char_p, ctypes.c_char_p, PROGRESS, ctypes.c_void_p,
                                        ctypes.POINTER(ctypes.c_int32), ctypes.POINTER(ctypes.c_void_p)]
        lib.nesting_inspect_dxf.restype = ctypes.c_int32
        lib.nesting_inspect_dxf.argtypes = [ctypes.c_char_p, ctypes.POINTER(ctypes.c_void_p)]
        lib.nesting_free.argtypes = [ctypes.c_void_p]
        self.lib = lib

    def run_job(self, job_json, base_dir, on_progress=None, cancel=None):
        """Returns (status, result dict or None, error message)."""
        out = ctypes.c_void_p()
        callback = PROGRESS(on_progress) if on_progress else PROGRESS()
        flag = ctypes.pointer(cancel) if cancel is not None else None
        status = self.lib.nesting_run_job(job_json.encode(), base_dir.encode(), callback, None, flag, ctypes.byref(out))
        return status, self._take(out), self.lib.nesting_last_error().decode()

    def _take(self, out):
        """Copies a returned buffer into Python and frees it (the library owns its memory)."""
        if not out.value:
            return None
        try:
            return json.loads(ctypes.string_at(out.value).decode())
        finally:
            self.lib.nesting_free(out)


def placed(result):
    return sum(len(p["placements"]) for p in result["plates"])


def main():
    lib_path, job_path = sys.argv[1], sys.argv[2]
    result_path = sys.argv[sys.argv.index("--result") + 1] if "--result" in sys.argv else None
    nesting = Nesting(lib_path)
    print(f"libnesting {nesting.lib.nesting_version().decode()} (ABI {nesting.lib.nesting_abi_version()})")
    base = os.path.dirname(os.path.abspath(job_path))
    job = json.load(open(job_path))

    # 1. Nest the job as it is.
    reports = []
    status, result, error = nesting.run_job(json.dumps(job), base, lambda _u, t, plates, util, n, phase: reports.append((t, plates, util, n)))
    assert status in (OK, PARTS_UNPLACED), error
    print(f"run: status {status}, {len(result['plates'])} plate(s), {placed(result)} parts placed, "
          f"utilisation {result['metrics']['utilization']:.3f}, {len(reports)} progress reports")
    if result_path:
        with open(result_path, "w") as f:
            json.dump(result, f)

    # 2. A long budget cancelled from another thread after 1.5 s: the best nest so far comes back.
    long_job = dict(job, time_limit_s=120)
    long_job.pop("step_limit", None)
    cancel = ctypes.c_int32(0)
    threading.Timer(1.5, lambda: setattr(cancel, "value", 1)).start()
    start = time.monotonic()
    status, result, error = nesting.run_job(json.dumps(long_job), base, cancel=cancel)
    took = time.monotonic() - start
    assert status in (OK, PARTS_UNPLACED), error
    assert took < 60, f"the cancel flag did not stop the run ({took:.1f} s)"
    print(f"cancelled run: status {status} after {took:.1f} s of a 120 s budget, best so far {len(result['plates'])} plate(s), "
          f"{placed(result)} parts placed, cancelled={result['metrics']['cancelled']}")

    # 3. Bad input: a status and a message, never a crash.
    status, result, error = nesting.run_job('{"parts": [', base)
    assert status == BAD_INPUT and result is None and error, (status, error)
    print(f"malformed JSON: status {status}, error: {error}")
    bad = dict(job, plates=[{"width": -5, "height": 100}])
    status, result, error = nesting.run_job(json.dumps(bad), base)
    assert status == BAD_INPUT and "width" in error, (status, error)
    print(f"negative plate width: status {status}, error: {error}")

    # 4. Inspect a DXF of the job.
    out = ctypes.c_void_p()
    dxf = os.path.join(base, job["parts"][0]["dxf"])
    status = nesting.lib.nesting_inspect_dxf(dxf.encode(), ctypes.byref(out))
    assert status == OK, nesting.lib.nesting_last_error().decode()
    inspection = nesting._take(out)
    print(f"inspect: {os.path.basename(inspection['file'])}: {len(inspection['parts'])} part(s), units {inspection['units']}")
    print("nest_demo.py: ok")


if __name__ == "__main__":
    main()
