/* bindlab-floor-server: the least a greeting server can do, the benchmark's floor.
 *
 *   bindlab-floor-server [-a ADDRESS] [-p PORT] [-b BACKLOG] [-g GREETING]
 *
 * One thread, one epoll set with the listening socket; on each wake-up it accepts until the
 * queue is empty and, for each connection, writes the greeting and closes. No bookkeeping
 * beyond a counter: whatever bindlab-server spends beyond this is its own overhead.
 *
 * Prints {"event":"listening","address":...,"port":N} once listening (port 0 picks one), and
 * on SIGTERM or SIGINT {"event":"stopped","served":N} - the same shape as
 * bindlab-server --headless --json, so the benchmark reads both alike.
 */
#define _GNU_SOURCE
#include <arpa/inet.h>
#include <errno.h>
#include <netinet/in.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/epoll.h>
#include <sys/socket.h>
#include <unistd.h>

static volatile sig_atomic_t stop_requested;

static void on_stop(int signal_number)
{
    (void)signal_number;
    stop_requested = 1;
}

static void usage(const char *argv0)
{
    fprintf(stderr, "usage: %s [-a ADDRESS] [-p PORT] [-b BACKLOG] [-g GREETING]\n", argv0);
    exit(1);
}

int main(int argc, char **argv)
{
    const char *address = "127.0.0.1";
    const char *greeting = "Thank you for connecting!";
    long port = 0;
    int backlog = 4096, opt;
    while ((opt = getopt(argc, argv, "a:p:b:g:")) != -1) {
        switch (opt) {
        case 'a':
            address = optarg;
            break;
        case 'p':
            port = atol(optarg);
            break;
        case 'b':
            backlog = atoi(optarg);
            break;
        case 'g':
            greeting = optarg;
            break;
        default:
            usage(argv[0]);
        }
    }
    if (optind != argc || port < 0 || port > 65535 || backlog < 1)
        usage(argv[0]);
    const size_t greeting_len = strlen(greeting);

    struct sockaddr_in listen_at = {.sin_family = AF_INET, .sin_port = htons((uint16_t)port)};
    if (inet_pton(AF_INET, address, &listen_at.sin_addr) != 1) {
        fprintf(stderr, "bindlab-floor-server: ADDRESS must be a literal IPv4 address\n");
        return 1;
    }
    /* No SA_RESTART: a stop request interrupts epoll_wait at once. */
    struct sigaction stop_action = {.sa_handler = on_stop};
    sigaction(SIGTERM, &stop_action, NULL);
    sigaction(SIGINT, &stop_action, NULL);

    const int listener = socket(AF_INET, SOCK_STREAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0);
    const int one = 1;
    setsockopt(listener, SOL_SOCKET, SO_REUSEADDR, &one, sizeof one);
    if (listener < 0 || bind(listener, (struct sockaddr *)&listen_at, sizeof listen_at) != 0 ||
        listen(listener, backlog) != 0) {
        perror("bindlab-floor-server: listen");
        return 1;
    }
    socklen_t len = sizeof listen_at;
    getsockname(listener, (struct sockaddr *)&listen_at, &len);
    printf("{\"event\":\"listening\",\"address\":\"%s\",\"port\":%u}\n", address,
           ntohs(listen_at.sin_port));
    fflush(stdout);

    const int epfd = epoll_create1(EPOLL_CLOEXEC);
    struct epoll_event ready = {.events = EPOLLIN, .data.fd = listener};
    epoll_ctl(epfd, EPOLL_CTL_ADD, listener, &ready);
    unsigned long served = 0;
    while (!stop_requested) {
        if (epoll_wait(epfd, &ready, 1, -1) < 0) {
            if (errno == EINTR)
                continue;
            perror("bindlab-floor-server: epoll_wait");
            return 1;
        }
        for (;;) {
            const int fd = accept4(listener, NULL, NULL, SOCK_CLOEXEC);
            if (fd < 0)
                break; /* drained (EAGAIN); the floor is never run at its descriptor limit */
            /* A greeting this small always fits an empty send buffer; a reset client is fine. */
            if (send(fd, greeting, greeting_len, MSG_NOSIGNAL | MSG_DONTWAIT) ==
                (ssize_t)greeting_len)
                served++;
            close(fd);
        }
    }
    printf("{\"event\":\"stopped\",\"served\":%lu}\n", served);
    return 0;
}
