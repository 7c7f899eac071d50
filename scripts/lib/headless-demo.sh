# shellcheck shell=bash
# Sourced by scripts/demo.sh and scripts/lan-demo.sh: the classic demo as a terminal story, the
# same whether the client runs on this machine or on the namespace lab's second host. The caller
# sets $server and $client (the programs), $port (0: a free one), $work (a scratch directory)
# and the array pids (stopped by the caller's exit trap).
# shellcheck disable=SC2154 # server, client, port and work come from the caller

demo_step=0
say_step() {
    demo_step=$((demo_step + 1))
    echo
    echo "== Step $demo_step: $*"
}
indent() { sed 's/^/     | /'; }

# start_headless_server BIND: sets server_pid and listen_port and says where the server listens.
start_headless_server() {
    local bind=$1 out="$work/server-$1.jsonl" i
    "$server" --headless --json --bind "$bind" --port "$port" >"$out" 2>&1 &
    server_pid=$!
    pids+=("$server_pid")
    for ((i = 0; i < 100; ++i)); do
        grep -q '"event":"listening"\|"event":"error"' "$out" 2>/dev/null && break
        sleep 0.05
    done
    if ! grep -q '"event":"listening"' "$out"; then
        echo "   The server did not start:"
        indent <"$out"
        return 1
    fi
    local line label address
    line=$(grep '"event":"listening"' "$out" | head -1)
    listen_port=$(sed -n 's/.*"port":\([0-9]*\).*/\1/p' <<<"$line")
    label=$(sed -n 's/.*"label":"\([^"]*\)".*/\1/p' <<<"$line")
    address=$(sed -n 's/.*"address":"\([^"]*\)".*/\1/p' <<<"$line")
    echo "   Here: bindlab-server --bind $bind --port $port"
    echo "   It listens on port $listen_port: $label."
    case $address in
    127.* | ::1) echo "   $address is a loopback address: only this machine can connect." ;;
    esac
}

stop_headless_server() {
    kill "$server_pid" 2>/dev/null || true
    wait "$server_pid" 2>/dev/null || true
}

# demo_client EXPECT TARGET WHERE [PREFIX...]: runs the client (behind PREFIX, e.g. `ip netns
# exec NS`) and counts an outcome other than EXPECT (greeting, refused) in demo_failures.
demo_client() {
    local expect=$1 target=$2 where=$3 out="$work/client.txt" status=0
    shift 3
    echo "   $where: bindlab-client $target $listen_port"
    "$@" "$client" --headless --timeout 3000 "$target" "$listen_port" >"$out" 2>&1 || status=$?
    indent <"$out"
    local got=other
    if [ $status -eq 0 ]; then
        got=greeting
    elif grep -q ConnectionRefusedError "$out"; then
        got=refused
    elif grep -q SocketTimeoutError "$out"; then
        got=timeout
    fi
    if [ "$got" = "$expect" ]; then
        echo "   Outcome: $got - as expected."
    else
        echo "   Outcome: $got - UNEXPECTED (expected $expect)."
        demo_failures=$((demo_failures + 1))
    fi
}

# json_field NAME: the string value of "NAME" in the JSON line on stdin.
json_field() { sed -n "s/.*\"$1\":\"\([^\"]*\)\".*/\1/p"; }

# show_refused_visitors BIND: what the server learnt about the clients it refused. A refusal
# happens in the kernel; the server only hears of it when a BindLab client on another host asks
# its explain service why. With demo_expect_confirmed=1 a missing one is a failure.
show_refused_visitors() {
    local out="$work/server-$1.jsonl" line i
    for ((i = 0; i < 40; ++i)); do
        grep -q '"event":"refused"' "$out" 2>/dev/null && break
        [ "${demo_expect_confirmed:-0}" = 1 ] || break
        sleep 0.05
    done
    if ! grep -q '"event":"refused"' "$out"; then
        echo "   The server saw nothing: the kernel refused the connection, and no client asked why."
        if [ "${demo_expect_confirmed:-0}" = 1 ]; then
            echo "   UNEXPECTED: the client on the other host should have asked the server why."
            demo_failures=$((demo_failures + 1))
        fi
        return 0
    fi
    grep '"event":"refused"' "$out" | while read -r line; do
        echo "   The server saw whom it turned away: $(json_field peer <<<"$line") tried" \
            "$(json_field tried <<<"$line") ($(json_field text <<<"$line"))."
    done
    if [ "${demo_expect_confirmed:-0}" = 1 ] && ! grep -qi "confirmed by the server" "$work/client.txt"; then
        echo "   UNEXPECTED: the client did not say the server confirmed the cause."
        demo_failures=$((demo_failures + 1))
    fi
}

# play_headless_demo FIX_BIND TARGET WHERE [PREFIX...]: the hostname bind, refused from TARGET;
# then FIX_BIND, greeted. Returns 0 only when both outcomes were the expected ones.
play_headless_demo() {
    local fix=$1 target=$2 where=$3
    shift 3
    demo_failures=0
    say_step "the article's bug: the server binds this machine's hostname"
    start_headless_server hostname || return 1
    demo_client refused "$target" "$where" "$@"
    show_refused_visitors hostname
    stop_headless_server

    say_step "the fix: the server binds all interfaces (--bind $fix)"
    start_headless_server "$fix" || return 1
    demo_client greeting "$target" "$where" "$@"
    stop_headless_server

    echo
    if [ $demo_failures -eq 0 ]; then
        echo "   Both outcomes were as expected: the hostname bind refused, all interfaces greeted."
        return 0
    fi
    echo "   $demo_failures outcome(s) were not as expected."
    return 1
}
