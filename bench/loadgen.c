/* bindlab-loadgen: offers TCP connections to a greeting server at a fixed rate (or as fast as
 * it can) and checks every greeting byte for byte.
 *
 *   bindlab-loadgen [-r RATE] [-c INFLIGHT] [-n TOTAL] [-t MS] [-l SECONDS] [-g GREETING]
 *                   [-d MS] [-R BYTES] HOST PORT
 *
 *   -r RATE      start at most RATE connections per second (0 = as fast as INFLIGHT allows)
 *   -c INFLIGHT  connections open at once, at most (default 64)
 *   -n TOTAL     connections to make (default 100000)
 *   -t MS        a connection that has not ended after MS is counted as a timeout (5000)
 *   -l SECONDS   hard limit for the whole run; what is still open then is "aborted" (60)
 *   -g GREETING  the exact bytes every connection must receive before the server closes
 *   -d MS        slow clients: start reading only MS after connecting (default 0)
 *   -R BYTES     slow clients: a receive buffer this small (SO_RCVBUF), so a large greeting
 *                keeps the server's descriptor busy until the client reads
 *
 * Each connection: non-blocking connect, SO_ERROR once writable, read to end of stream, compare
 * with the greeting, close with SO_LINGER 0. The reset frees both ends at once, so 100,000
 * connections leave no TIME_WAIT behind to exhaust the ephemeral ports on loopback.
 *
 * Single-threaded on purpose: one epoll loop is the cheapest client there is, and the CPU that
 * is measured is the server's, not this program's. It saturates near 80k connections/s.
 *
 * Prints one JSON object on stdout. Exit code: 0 every connection greeted, 1 usage or setup
 * error, 2 some connection failed, 3 the hard limit was hit.
 */
#define _GNU_SOURCE
#include <arpa/inet.h>
#include <errno.h>
#include <netinet/in.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/epoll.h>
#include <sys/resource.h>
#include <sys/socket.h>
#include <time.h>
#include <unistd.h>

enum state { FREE, CONNECTING, WAITING, READING };

struct conn
{
    int fd;
    enum state state;
    uint64_t started_ns;
    size_t got;
    int overflow;
    char *buf; /* greeting_len bytes */
};

struct counts
{
    long started, ok, mismatched, refused, connect_errors, resets, read_errors, timeouts, aborted;
};

static struct counts counts;
static struct sockaddr_storage target;
static socklen_t target_len;
static int epfd;
static const char *greeting = "Thank you for connecting!";
static size_t greeting_len;
static uint64_t *latencies;
static long n_latencies;
static uint64_t read_delay_ns;
static int receive_buffer;

static uint64_t now_ns(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (uint64_t)ts.tv_sec * 1000000000u + (uint64_t)ts.tv_nsec;
}

static int by_value(const void *a, const void *b)
{
    const uint64_t x = *(const uint64_t *)a, y = *(const uint64_t *)b;
    return x < y ? -1 : x > y;
}

static double percentile_us(double p)
{
    if (n_latencies == 0)
        return 0;
    long i = (long)((double)n_latencies * p);
    if (i >= n_latencies)
        i = n_latencies - 1;
    return (double)latencies[i] / 1e3;
}

static int parse_target(const char *host, const char *port_text)
{
    char *end = NULL;
    const long port = strtol(port_text, &end, 10);
    if (*port_text == '\0' || *end != '\0' || port < 1 || port > 65535)
        return 0;
    struct sockaddr_in *v4 = (struct sockaddr_in *)&target;
    struct sockaddr_in6 *v6 = (struct sockaddr_in6 *)&target;
    memset(&target, 0, sizeof target);
    if (inet_pton(AF_INET, host, &v4->sin_addr) == 1) {
        v4->sin_family = AF_INET;
        v4->sin_port = htons((uint16_t)port);
        target_len = sizeof *v4;
        return 1;
    }
    if (inet_pton(AF_INET6, host, &v6->sin6_addr) == 1) {
        v6->sin6_family = AF_INET6;
        v6->sin6_port = htons((uint16_t)port);
        target_len = sizeof *v6;
        return 1;
    }
    /* Literal addresses only: a benchmark must never depend on (or leak to) a resolver. */
    return 0;
}

/* Ends a connection; a greeted one with a reset so no TIME_WAIT is left (see the header). */
static void release(struct conn *c, int greeted)
{
    if (greeted) {
        const struct linger hard = {1, 0};
        setsockopt(c->fd, SOL_SOCKET, SO_LINGER, &hard, sizeof hard);
    }
    close(c->fd); /* also leaves the epoll set */
    c->fd = -1;
    c->state = FREE;
}

/* 1 when a connection is under way in slot; 0 when it failed at once (counted). */
static int open_conn(struct conn *c, uint32_t slot)
{
    const int fd = socket(target.ss_family, SOCK_STREAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0);
    if (fd < 0) {
        perror("bindlab-loadgen: socket");
        exit(1);
    }
    counts.started++;
    if (receive_buffer > 0)
        setsockopt(fd, SOL_SOCKET, SO_RCVBUF, &receive_buffer, sizeof receive_buffer);
    c->fd = fd;
    c->started_ns = now_ns();
    c->got = 0;
    c->overflow = 0;
    const int rc = connect(fd, (const struct sockaddr *)&target, target_len);
    if (rc != 0 && errno != EINPROGRESS) {
        if (errno == ECONNREFUSED)
            counts.refused++;
        counts.connect_errors++;
        close(fd);
        c->fd = -1;
        c->state = FREE;
        return 0;
    }
    /* Even a connect that completed at once is confirmed through EPOLLOUT: one path. */
    struct epoll_event ev = {.events = EPOLLOUT, .data.u32 = slot};
    c->state = CONNECTING;
    if (epoll_ctl(epfd, EPOLL_CTL_ADD, fd, &ev) != 0) {
        perror("bindlab-loadgen: epoll_ctl");
        exit(1);
    }
    return 1;
}

/* From now on the connection's greeting is read as it arrives. */
static void watch_reads(struct conn *c, uint32_t slot, int op)
{
    struct epoll_event ev = {.events = EPOLLIN, .data.u32 = slot};
    epoll_ctl(epfd, op, c->fd, &ev);
    c->state = READING;
}

/* Reads what is there; 1 when the connection is over (greeted or not). */
static int read_conn(struct conn *c, int *greeted)
{
    for (;;) {
        static char chunk[64 * 1024];
        const ssize_t n = read(c->fd, chunk, sizeof chunk);
        if (n > 0) {
            if (c->got + (size_t)n > greeting_len) {
                c->overflow = 1;
            } else {
                memcpy(c->buf + c->got, chunk, (size_t)n);
                c->got += (size_t)n;
            }
            continue;
        }
        if (n == 0) {
            *greeted = !c->overflow && c->got == greeting_len &&
                       memcmp(c->buf, greeting, greeting_len) == 0;
            if (*greeted) {
                counts.ok++;
                latencies[n_latencies++] = now_ns() - c->started_ns;
            } else {
                counts.mismatched++;
            }
            return 1;
        }
        if (errno == EAGAIN || errno == EWOULDBLOCK)
            return 0;
        if (errno == EINTR)
            continue;
        if (errno == ECONNRESET)
            counts.resets++;
        else
            counts.read_errors++;
        return 1;
    }
}

static void usage(const char *argv0)
{
    fprintf(stderr,
            "usage: %s [-r RATE] [-c INFLIGHT] [-n TOTAL] [-t MS] [-l SECONDS] [-g GREETING] "
            "[-d MS] [-R BYTES] HOST PORT\n",
            argv0);
    exit(1);
}

int main(int argc, char **argv)
{
    double rate = 0, hard_limit_s = 60;
    long total = 100000, timeout_ms = 5000;
    int inflight_max = 64, opt;
    while ((opt = getopt(argc, argv, "r:c:n:t:l:g:d:R:")) != -1) {
        switch (opt) {
        case 'r':
            rate = atof(optarg);
            break;
        case 'c':
            inflight_max = atoi(optarg);
            break;
        case 'n':
            total = atol(optarg);
            break;
        case 't':
            timeout_ms = atol(optarg);
            break;
        case 'l':
            hard_limit_s = atof(optarg);
            break;
        case 'g':
            greeting = optarg;
            break;
        case 'd':
            read_delay_ns = (uint64_t)atol(optarg) * 1000000u;
            break;
        case 'R':
            receive_buffer = atoi(optarg);
            break;
        default:
            usage(argv[0]);
        }
    }
    greeting_len = strlen(greeting);
    if (argc - optind != 2 || rate < 0 || inflight_max < 1 || total < 1 || timeout_ms < 1 ||
        hard_limit_s <= 0 || greeting_len < 1 || receive_buffer < 0)
        usage(argv[0]);
    if (!parse_target(argv[optind], argv[optind + 1])) {
        fprintf(stderr, "bindlab-loadgen: HOST must be a literal IPv4 or IPv6 address and PORT "
                        "1-65535\n");
        return 1;
    }
    if (inflight_max > total)
        inflight_max = (int)total;
    /* A large INFLIGHT needs more descriptors than the usual soft limit of 1024. */
    struct rlimit files;
    if (getrlimit(RLIMIT_NOFILE, &files) == 0 && files.rlim_cur < files.rlim_max) {
        files.rlim_cur = files.rlim_max;
        setrlimit(RLIMIT_NOFILE, &files);
    }

    latencies = malloc(sizeof *latencies * (size_t)total);
    struct conn *conns = calloc((size_t)inflight_max, sizeof *conns);
    uint32_t *free_slots = malloc(sizeof *free_slots * (size_t)inflight_max);
    struct epoll_event *events = calloc((size_t)inflight_max, sizeof *events);
    char *buffers = malloc(greeting_len * (size_t)inflight_max);
    epfd = epoll_create1(EPOLL_CLOEXEC);
    if (!latencies || !conns || !free_slots || !events || !buffers || epfd < 0) {
        perror("bindlab-loadgen: setup");
        return 1;
    }
    int n_free = 0;
    for (int i = inflight_max - 1; i >= 0; i--) {
        conns[i].fd = -1;
        conns[i].buf = buffers + greeting_len * (size_t)i;
        free_slots[n_free++] = (uint32_t)i;
    }

    const uint64_t start = now_ns();
    const uint64_t deadline = start + (uint64_t)(hard_limit_s * 1e9);
    const uint64_t timeout_ns = (uint64_t)timeout_ms * 1000000u;
    uint64_t last_scan = start;
    int hit_limit = 0;

    while (counts.started < total || n_free < inflight_max) {
        /* Start what the rate allows (all free slots when unpaced). */
        const uint64_t now = now_ns();
        while (n_free > 0 && counts.started < total) {
            if (rate > 0 && (double)counts.started >= (double)(now - start) / 1e9 * rate)
                break;
            const uint32_t slot = free_slots[n_free - 1];
            if (open_conn(&conns[slot], slot))
                n_free--;
        }
        if (now >= deadline) {
            hit_limit = 1;
            break;
        }
        /* Paced runs and slow clients wake every millisecond to keep their schedule. */
        const int wait_ms = rate > 0 || read_delay_ns > 0 ? 1 : 100;
        const int n = epoll_wait(epfd, events, inflight_max, wait_ms);
        if (n < 0 && errno != EINTR) {
            perror("bindlab-loadgen: epoll_wait");
            return 1;
        }
        for (int k = 0; k < n; k++) {
            const uint32_t slot = events[k].data.u32;
            struct conn *c = &conns[slot];
            if (c->state == FREE)
                continue;
            int over = 0, greeted = 0;
            if (c->state == CONNECTING) {
                int error = 0;
                socklen_t len = sizeof error;
                getsockopt(c->fd, SOL_SOCKET, SO_ERROR, &error, &len);
                if (error != 0) {
                    if (error == ECONNREFUSED)
                        counts.refused++;
                    counts.connect_errors++;
                    over = 1;
                } else if (read_delay_ns > 0) {
                    /* Out of the set while it waits: a level-triggered hang-up would spin. */
                    epoll_ctl(epfd, EPOLL_CTL_DEL, c->fd, NULL);
                    c->state = WAITING;
                } else {
                    watch_reads(c, slot, EPOLL_CTL_MOD);
                }
            }
            /* The greeting often arrives with the handshake: read at once, saving a wake-up. */
            if (!over && c->state == READING)
                over = read_conn(c, &greeted);
            if (over) {
                release(c, greeted);
                free_slots[n_free++] = slot;
            }
        }
        const uint64_t after = now_ns();
        for (int i = 0; read_delay_ns > 0 && i < inflight_max; i++) {
            struct conn *c = &conns[i];
            int greeted = 0;
            if (c->state != WAITING || after - c->started_ns < read_delay_ns)
                continue;
            watch_reads(c, (uint32_t)i, EPOLL_CTL_ADD);
            if (read_conn(c, &greeted)) {
                release(c, greeted);
                free_slots[n_free++] = (uint32_t)i;
            }
        }
        if (after - last_scan > 100000000u) {
            last_scan = after;
            for (int i = 0; i < inflight_max; i++) {
                if (conns[i].state != FREE && after - conns[i].started_ns > timeout_ns) {
                    counts.timeouts++;
                    release(&conns[i], 0);
                    free_slots[n_free++] = (uint32_t)i;
                }
            }
        }
    }
    for (int i = 0; hit_limit && i < inflight_max; i++) {
        if (conns[i].state != FREE) {
            counts.aborted++;
            release(&conns[i], 0);
        }
    }

    const double secs = (double)(now_ns() - start) / 1e9;
    qsort(latencies, (size_t)n_latencies, sizeof *latencies, by_value);
    struct rusage self;
    getrusage(RUSAGE_SELF, &self);
    const double cpu_s = (double)self.ru_utime.tv_sec + (double)self.ru_utime.tv_usec / 1e6 +
                         (double)self.ru_stime.tv_sec + (double)self.ru_stime.tv_usec / 1e6;
    printf("{\"ok\":%ld,\"total\":%ld,\"started\":%ld,\"secs\":%.3f,\"conn_per_s\":%.0f,"
           "\"p50_us\":%.0f,\"p99_us\":%.0f,\"max_us\":%.0f,\"mismatched\":%ld,\"refused\":%ld,"
           "\"connect_errors\":%ld,\"resets\":%ld,\"read_errors\":%ld,\"timeouts\":%ld,"
           "\"aborted\":%ld,\"loadgen_cpu_s\":%.3f,\"hit_limit\":%s}\n",
           counts.ok, total, counts.started, secs, (double)counts.ok / secs, percentile_us(0.5),
           percentile_us(0.99), percentile_us(1.0), counts.mismatched, counts.refused,
           counts.connect_errors, counts.resets, counts.read_errors, counts.timeouts,
           counts.aborted, cpu_s, hit_limit ? "true" : "false");
    if (hit_limit)
        return 3;
    return counts.ok == total ? 0 : 2;
}
