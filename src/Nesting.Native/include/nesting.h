/*
 * nesting.h: the C ABI of libnesting, the Nesting engine as a native shared library (NativeAOT, no .NET install).
 * The contract (memory ownership, threading, status codes) is in docs/HOSTS.md; the job and result formats are in
 * docs/JOB-FORMAT.md. All strings are NUL-terminated UTF-8.
 */
#ifndef NESTING_H
#define NESTING_H

#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

/* Raised on any incompatible change of this header; compare with nesting_abi_version() at load time. */
#define NESTING_ABI_VERSION 1

/* Status codes: the same numbers as the nest command's exit codes. */
#define NESTING_OK 0             /* done: every part placed (inspect: the file was read) */
#define NESTING_INTERNAL_ERROR 1 /* a defect of the library: see nesting_last_error(), please report it */
#define NESTING_BAD_INPUT 2      /* malformed JSON, missing/unreadable DXF, NULL argument: see nesting_last_error() */
#define NESTING_PARTS_UNPLACED 3 /* the result is returned, but some parts did not fit (its "unplaced" list) */

/*
 * Progress of a run: called from a worker thread of the run, never two calls at once, until nesting_run_job
 * returns. phase is valid during the call only. The callback must return normally (no longjmp, no C++ throw);
 * it may set the run's cancel flag.
 */
typedef void (*nesting_progress_fn)(void *user_data, double elapsed_s, int32_t plates_used, double utilization,
                                    int32_t parts_placed, const char *phase);

/* NESTING_ABI_VERSION of the loaded library. */
int32_t nesting_abi_version(void);

/* The library version ("0.1.0"): a static string, never freed. */
const char *nesting_version(void);

/*
 * Nests a job given as job-file JSON (docs/JOB-FORMAT.md: parts as DXF paths or polygons, plates, spacing, time_limit_s or
 * step_limit, seed, threads). Relative paths resolve against base_dir (NULL: the current directory).
 * progress may be NULL. cancel may be NULL; otherwise the run stops soon after *cancel becomes non-zero (set it from
 * any thread) and returns the best nest found so far, as a normal result.
 * On NESTING_OK or NESTING_PARTS_UNPLACED, *result_json receives the result.json text (free it with nesting_free);
 * otherwise *result_json is NULL and nesting_last_error() says why.
 */
int32_t nesting_run_job(const char *job_json, const char *base_dir, nesting_progress_fn progress, void *user_data,
                        const volatile int32_t *cancel, char **result_json);

/*
 * What the DXF reader finds in the file at path (as `nest inspect --json`): units, parts with area, box, holes and
 * vertices in mm, open chains, warnings. On NESTING_OK, *result_json receives the JSON (free it with nesting_free).
 */
int32_t nesting_inspect_dxf(const char *path, char **result_json);

/* Frees a buffer returned by this library. NULL is ignored. */
void nesting_free(char *buffer);

/*
 * The message of the last failed call on the calling thread ("" after a success): valid until the next nesting_*
 * call on the same thread; owned by the library, never freed by the caller.
 */
const char *nesting_last_error(void);

#ifdef __cplusplus
}
#endif

#endif /* NESTING_H */
