/*
 * A C host of libnesting: nests a job, cancels a second run mid-way and keeps its best-so-far nest, feeds bad input
 * and prints the error, inspects a DXF. Built and run by .ci/packages:
 *   clang-14 -I src/Nesting.Native/include nest_demo.c -L DIR -lnesting -Wl,-rpath,DIR -lpthread -o nest_demo
 *   ./nest_demo JOB.json PART.dxf
 */
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "nesting.h"

static char *read_file(const char *path)
{
    FILE *f = fopen(path, "rb");
    if (!f) return NULL;
    fseek(f, 0, SEEK_END);
    long n = ftell(f);
    fseek(f, 0, SEEK_SET);
    char *text = malloc((size_t)n + 1);
    if (fread(text, 1, (size_t)n, f) != (size_t)n) { fclose(f); free(text); return NULL; }
    text[n] = 0;
    fclose(f);
    return text;
}

static int progress_calls;

static void on_progress(void *user_data, double elapsed_s, int32_t plates, double utilization, int32_t placed, const char *phase)
{
    (void)user_data;
    if (progress_calls++ < 3)
        printf("  progress: %.2f s, %d plate(s), %.1f %%, %d parts placed (%s)\n", elapsed_s, plates, utilization * 100, placed, phase);
}

static volatile int32_t cancel_flag;

static void *cancel_later(void *arg)
{
    usleep((useconds_t)(*(double *)arg * 1e6));
    cancel_flag = 1; /* the host's Stop button */
    return NULL;
}

static double now_s(void)
{
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return t.tv_sec + t.tv_nsec / 1e9;
}

/* Counts "placements" arrays' entries crudely: the number of "instance" keys in the result. */
static int count_placed(const char *json)
{
    int n = 0;
    for (const char *p = json; (p = strstr(p, "\"instance\"")) != NULL; p++) n++;
    return n;
}

static int fail(const char *what)
{
    fprintf(stderr, "nest_demo: FAILED: %s\n", what);
    return 1;
}

int main(int argc, char **argv)
{
    if (argc != 3) { fprintf(stderr, "usage: nest_demo JOB.json PART.dxf\n"); return 2; }
    if (nesting_abi_version() != NESTING_ABI_VERSION) return fail("ABI version mismatch");
    printf("libnesting %s (ABI %d)\n", nesting_version(), nesting_abi_version());

    char *job = read_file(argv[1]);
    if (!job) return fail("cannot read the job file");
    char base[4096];
    snprintf(base, sizeof base, "%s", argv[1]);
    char *slash = strrchr(base, '/');
    if (slash) *slash = 0; else snprintf(base, sizeof base, ".");

    /* 1. Nest the job as it is. */
    char *result = NULL;
    double t0 = now_s();
    int32_t status = nesting_run_job(job, base, on_progress, NULL, NULL, &result);
    if (status != NESTING_OK && status != NESTING_PARTS_UNPLACED) { fprintf(stderr, "%s\n", nesting_last_error()); return fail("run"); }
    printf("run: status %d, %d parts placed, %zu bytes of result.json in %.1f s\n", status, count_placed(result), strlen(result), now_s() - t0);
    nesting_free(result);

    /* 2. The same job with a long budget, cancelled after 1.5 s: the best nest so far comes back. */
    const char *budget = strstr(job, "\"time_limit_s\"");
    char *long_job = malloc(strlen(job) + 64);
    if (budget) {
        const char *end = strpbrk(budget + 14, ",}");
        sprintf(long_job, "%.*s\"time_limit_s\": 120%s", (int)(budget - job), job, end);
    } else {
        return fail("the job has no time_limit_s to lengthen");
    }
    double after = 1.5;
    pthread_t canceller;
    pthread_create(&canceller, NULL, cancel_later, &after);
    t0 = now_s();
    status = nesting_run_job(long_job, base, NULL, NULL, &cancel_flag, &result);
    double took = now_s() - t0;
    pthread_join(canceller, NULL);
    if (status != NESTING_OK && status != NESTING_PARTS_UNPLACED) { fprintf(stderr, "%s\n", nesting_last_error()); return fail("cancelled run"); }
    printf("cancelled run: status %d after %.1f s of a 120 s budget, best so far: %d parts placed, \"cancelled\": %s\n",
           status, took, count_placed(result), strstr(result, "\"cancelled\": true") ? "true" : "false");
    if (took > 60) return fail("the cancel flag did not stop the run");
    nesting_free(result);
    free(long_job);

    /* 3. Bad input: the error is a code and a message, never a crash. */
    status = nesting_run_job("{ \"parts\": [ ", base, NULL, NULL, NULL, &result);
    printf("malformed JSON: status %d, result %s, error: %s\n", status, result ? "set" : "NULL", nesting_last_error());
    if (status != NESTING_BAD_INPUT || result != NULL) return fail("malformed JSON was not reported as bad input");
    status = nesting_run_job("{\"parts\": [{\"dxf\": \"no-such.dxf\"}], \"plates\": [{\"width\": 100, \"height\": 100}]}", base, NULL, NULL, NULL, &result);
    printf("missing DXF: status %d, error: %s\n", status, nesting_last_error());
    if (status != NESTING_BAD_INPUT) return fail("a missing DXF was not reported as bad input");
    status = nesting_run_job(NULL, NULL, NULL, NULL, NULL, &result);
    printf("NULL job: status %d, error: %s\n", status, nesting_last_error());
    if (status != NESTING_BAD_INPUT) return fail("a NULL job was not reported as bad input");

    /* 4. Inspect a DXF. */
    status = nesting_inspect_dxf(argv[2], &result);
    if (status != NESTING_OK) { fprintf(stderr, "%s\n", nesting_last_error()); return fail("inspect"); }
    printf("inspect: %.*s...\n", 120, result);
    nesting_free(result);
    free(job);
    printf("nest_demo: ok\n");
    return 0;
}
