#!/usr/bin/env bash
# BindLab's network lab: a second "machine" on this one. A network namespace joined to this
# machine by a veth pair, with no default route, its own hosts and resolv.conf, so whatever
# runs inside can reach this machine over the veth and nothing else.
#
#   netlab.sh up [NAME] [--owner PID | --keep]   create a lab and print its facts (KEY=VALUE)
#   netlab.sh down NAME                          remove it: processes inside, veth, namespace, files
#   netlab.sh run [NAME] -- COMMAND [ARG...]     up, run COMMAND with the facts in its
#                                                environment, down on every exit path
#   netlab.sh facts NAME                         print the facts of a lab that exists
#   netlab.sh check NAME                         verify the routes (up does it too)
#   netlab.sh sweep                              remove every lab whose owner process is gone
#   netlab.sh list                               the labs this script made that exist now
#
# A lab lives as long as its owner process (default: the process that called `up`): a detached
# guardian removes it when the owner exits, however it exits (also SIGKILL). `run` owns its lab
# itself. Facts, for `eval "$(netlab.sh up)"` or the environment of `run`:
#   NETLAB_NS, NETLAB_HOST_IF, NETLAB_PEER_IF, NETLAB_HOST_V4, NETLAB_PEER_V4, NETLAB_UNUSED_V4,
#   NETLAB_HOST_V6, NETLAB_PEER_V6, NETLAB_UNUSED_V6, NETLAB_OFFLINK_V4, NETLAB_OFFLINK_V6,
#   NETLAB_HOST_NAME, NETLAB_PEER_NAME, NETLAB_MACHINE_NAME
# Exit codes: 0 done, 1 failed, 2 usage, 77 this machine cannot host a lab (not root, no ip,
# no network namespaces) - callers treat 77 as "skip".
set -euo pipefail
export PATH="$PATH:/usr/sbin:/sbin"
export LC_ALL=C

readonly STATE_DIR=/run/bindlab-netlab
readonly SLOTS=31
# Outside 198.18.0.0/24 and 2001:db8:18::/64: the namespace has no route there at all, so a
# connect is refused by its own routing table and no packet leaves it.
readonly OFFLINK_V4=198.18.1.1
readonly OFFLINK_V6=2001:db8:18:1::1
readonly HOST_NAME=lab-host
readonly PEER_NAME=lab-peer

say() { printf 'netlab: %s\n' "$*" >&2; }
die() {
    local code=$1
    shift
    say "$*"
    exit "$code"
}

usage() {
    sed -n '5,13p' "$0" | sed 's/^# \{0,1\}//' >&2
    exit "${1:-2}"
}

valid_name() {
    # veth names are NAME-h and NAME-p and must fit the kernel's 15 characters.
    [[ $1 =~ ^[A-Za-z0-9][A-Za-z0-9-]{0,12}$ ]]
}

require_name() {
    [ $# -ge 1 ] || usage
    valid_name "$1" || die 2 "\"$1\" is not a lab name: 1 to 13 letters, digits or '-'."
}

can_host_lab() {
    [ "$(id -u)" -eq 0 ] || die 77 "needs root (network namespaces and veth pairs); run as root, e.g. with sudo."
    command -v ip >/dev/null || die 77 "needs the ip command (Debian package iproute2)."
    [ -e /proc/self/ns/net ] || die 77 "this kernel has no network namespaces."
}

# A process's start time in clock ticks since boot: with the pid it names the process for good,
# so a reused pid is never taken for the owner.
start_time() {
    local stat
    stat=$(cat "/proc/$1/stat" 2>/dev/null) || return 1
    stat=${stat##*) }
    # shellcheck disable=SC2086
    set -- $stat
    printf '%s\n' "${20}"
}

owner_alive() {
    local pid=$1 started=$2 now
    now=$(start_time "$pid") || return 1
    [ "$now" = "$started" ]
}

facts_of_slot() {
    local name=$1 slot=$2 machine
    machine=$(hostname 2>/dev/null || true)
    cat <<EOF
NETLAB_NS=$name
NETLAB_HOST_IF=$name-h
NETLAB_PEER_IF=$name-p
NETLAB_HOST_V4=198.18.0.$((8 * slot + 1))
NETLAB_PEER_V4=198.18.0.$((8 * slot + 2))
NETLAB_UNUSED_V4=198.18.0.$((8 * slot + 5))
NETLAB_HOST_V6=2001:db8:18::$slot:1
NETLAB_PEER_V6=2001:db8:18::$slot:2
NETLAB_UNUSED_V6=2001:db8:18::$slot:5
NETLAB_OFFLINK_V4=$OFFLINK_V4
NETLAB_OFFLINK_V6=$OFFLINK_V6
NETLAB_HOST_NAME=$HOST_NAME
NETLAB_PEER_NAME=$PEER_NAME
NETLAB_MACHINE_NAME=$machine
EOF
}

load_facts() {
    local name=$1 slot
    slot=$(cat "$STATE_DIR/$name/slot" 2>/dev/null) || die 1 "no lab named $name (see: netlab.sh list)."
    eval "$(facts_of_slot "$name" "$slot")"
}

# Each lab gets its own /29 and /112 inside 198.18.0.0/24 and 2001:db8:18::/64, so labs of
# parallel test runs never share a route. A slot is claimed with an atomic symlink.
claim_slot() {
    local name=$1 slot
    for ((slot = 1; slot <= SLOTS; ++slot)); do
        mkdir -p "$STATE_DIR"
        # -T: an existing slot link points at a lab's directory; without it ln would quietly
        # make the new link inside that directory and "claim" a slot that is taken.
        ln -sT "$name" "$STATE_DIR/slot-$slot" 2>/dev/null || continue
        # Addresses someone else put on this machine in that range rule the slot out.
        if [ -z "$(ip -4 -o addr show to "198.18.0.$((8 * slot))/29")" ] \
            && [ -z "$(ip -6 -o addr show to "2001:db8:18::$slot:0/112")" ]; then
            printf '%s\n' "$slot"
            return 0
        fi
        rm -f "$STATE_DIR/slot-$slot"
    done
    return 1
}

route_dev() {
    # Prints the device `ip route get` chooses, or nothing when there is no route.
    local out
    out=$("$@" 2>/dev/null) || return 0
    [[ $out =~ \ dev\ ([^ ]+) ]] && printf '%s\n' "${BASH_REMATCH[1]}"
    return 0
}

cmd_check() {
    require_name "$@"
    local name=$1 ok=0 addr dev
    load_facts "$name"
    for addr in "$NETLAB_PEER_V4" "$NETLAB_UNUSED_V4" "$NETLAB_PEER_V6" "$NETLAB_UNUSED_V6"; do
        dev=$(route_dev ip route get "$addr")
        if [ "$dev" != "$NETLAB_HOST_IF" ]; then
            say "unsafe: from this machine, $addr goes through '${dev:-nothing}', not $NETLAB_HOST_IF."
            ok=1
        fi
    done
    for addr in "$NETLAB_HOST_V4" "$NETLAB_UNUSED_V4" "$NETLAB_HOST_V6" "$NETLAB_UNUSED_V6"; do
        dev=$(route_dev ip netns exec "$name" ip route get "$addr")
        if [ "$dev" != "$NETLAB_PEER_IF" ]; then
            say "unsafe: inside $name, $addr goes through '${dev:-nothing}', not $NETLAB_PEER_IF."
            ok=1
        fi
    done
    for addr in "$OFFLINK_V4" "$OFFLINK_V6"; do
        dev=$(route_dev ip netns exec "$name" ip route get "$addr")
        if [ -n "$dev" ]; then
            say "unsafe: inside $name, $addr has a route (through $dev); the lab must have none."
            ok=1
        fi
    done
    return $ok
}

guard_pid_of() {
    local name=$1 pid
    pid=$(cat "$STATE_DIR/$name/guard" 2>/dev/null) || return 1
    # Only a guardian of this very lab: a reused pid is never signalled.
    tr '\0' ' ' <"/proc/$pid/cmdline" 2>/dev/null | grep -q -- " _guard $name " || return 1
    printf '%s\n' "$pid"
}

remove_lab() {
    local name=$1 slot pids i
    slot=$(cat "$STATE_DIR/$name/slot" 2>/dev/null || true)
    if [ -e "/run/netns/$name" ]; then
        # A namespace lives on while a process is inside it, and its veth with it.
        pids=$(ip netns pids "$name" 2>/dev/null || true)
        if [ -n "$pids" ]; then
            # shellcheck disable=SC2086
            kill -TERM $pids 2>/dev/null || true
            for ((i = 0; i < 20; ++i)); do
                [ -z "$(ip netns pids "$name" 2>/dev/null)" ] && break
                sleep 0.05
            done
            pids=$(ip netns pids "$name" 2>/dev/null || true)
            # shellcheck disable=SC2086
            [ -z "$pids" ] || kill -KILL $pids 2>/dev/null || true
        fi
    fi
    ip link del "$name-h" 2>/dev/null || true
    ip netns del "$name" 2>/dev/null || true
    rm -rf "/etc/netns/${name:?}"
    rmdir /etc/netns 2>/dev/null || true
    [ -z "$slot" ] || [ "$(readlink "$STATE_DIR/slot-$slot" 2>/dev/null)" != "$name" ] \
        || rm -f "$STATE_DIR/slot-$slot"
}

# Everything of a lab, state included.
drop_lab() {
    remove_lab "$1"
    rm -rf "${STATE_DIR:?}/${1:?}"
    rmdir "$STATE_DIR" 2>/dev/null || true
}

cmd_down() {
    require_name "$@"
    local name=$1 guard=""
    can_host_lab
    guard=$(guard_pid_of "$name" || true)
    drop_lab "$name"
    # The guardian leaves by itself once the state is gone; this only saves it the wait.
    if [ -n "$guard" ] && [ "$guard" != "$$" ]; then
        kill -TERM -- "-$guard" 2>/dev/null || kill -TERM "$guard" 2>/dev/null || true
    fi
}

# Runs detached, in its own session: waits for the owner to end, then removes the lab. It also
# ends when the lab's state goes away (a normal `down`).
cmd_guard() {
    local name=$1 pid=$2 started=$3 owner_file="$STATE_DIR/$1/owner"
    printf '%s\n' "$$" >"$STATE_DIR/$name/guard"
    while owner_alive "$pid" "$started" && [ -e "$owner_file" ]; do
        # tail waits in the kernel (inotify, and a check of the pid every 0.2 s): no busy loop.
        tail -s 0.2 --follow=name --pid="$pid" "$owner_file" >/dev/null 2>&1 || true
    done
    [ "$(cat "$owner_file" 2>/dev/null)" = "$pid $started" ] || exit 0
    drop_lab "$name"
}

write_etc() {
    local name=$1
    mkdir -p "/etc/netns/$name"
    # `ip netns exec` mounts these over /etc/hosts and /etc/resolv.conf inside the lab.
    {
        printf '127.0.0.1\tlocalhost\n::1\tlocalhost ip6-localhost ip6-loopback\n'
        printf '%s\t%s\n' "$NETLAB_PEER_V4" "$PEER_NAME" "$NETLAB_PEER_V6" "$PEER_NAME"
        local names=$HOST_NAME
        # This machine's own name means its veth address from over there, as a LAN's DNS
        # would answer - while here the same name may resolve to loopback.
        if [[ $NETLAB_MACHINE_NAME =~ ^[A-Za-z0-9][A-Za-z0-9.-]*$ ]] \
            && [ "$NETLAB_MACHINE_NAME" != localhost ]; then
            names="$HOST_NAME $NETLAB_MACHINE_NAME"
        fi
        printf '%s\t%s\n' "$NETLAB_HOST_V4" "$names" "$NETLAB_HOST_V6" "$names"
    } >"/etc/netns/$name/hosts"
    # A name server inside the lab where none runs: a lookup fails there at once, and no DNS
    # query ever leaves for a real server.
    printf 'nameserver 127.0.0.1\noptions timeout:1 attempts:1\n' >"/etc/netns/$name/resolv.conf"
}

enable_ipv6() {
    # Some machines switch IPv6 off for new interfaces; the lab needs it on its own veth only.
    # And a link that goes down and up again keeps its IPv6 addresses, as IPv4 ones do.
    local conf="/proc/sys/net/ipv6/conf/$1"
    [ ! -w "$conf/disable_ipv6" ] || echo 0 >"$conf/disable_ipv6"
    [ ! -w "$conf/keep_addr_on_down" ] || echo 1 >"$conf/keep_addr_on_down"
}

cmd_up() {
    local name="" owner="" keep=0 i
    while [ $# -gt 0 ]; do
        case $1 in
        --owner)
            [ $# -ge 2 ] || usage
            owner=$2
            shift 2
            ;;
        --keep)
            keep=1
            shift
            ;;
        -*) usage ;;
        *)
            [ -z "$name" ] || usage
            name=$1
            shift
            ;;
        esac
    done
    can_host_lab
    if [ -z "$name" ]; then
        name="bl-$$"
        while [ -e "/run/netns/$name" ] || [ -e "$STATE_DIR/$name" ]; do name="bl-$$-$RANDOM"; done
        name=${name:0:13}
    fi
    valid_name "$name" || die 2 "\"$name\" is not a lab name: 1 to 13 letters, digits or '-'."
    [ -n "$owner" ] || owner=$PPID
    [[ $owner =~ ^[0-9]+$ ]] || die 2 "--owner takes a process id, not \"$owner\"."
    local started=""
    if [ $keep -eq 0 ]; then
        started=$(start_time "$owner") || die 1 "owner process $owner does not exist."
    fi
    [ ! -e "/run/netns/$name" ] || die 1 "a network namespace named $name exists already."
    ip link show "$name-h" >/dev/null 2>&1 && die 1 "an interface named $name-h exists already."
    # Another lab's down removes the state directory when it empties: make it again until this
    # lab's own directory is in it, which keeps it.
    for ((i = 0; ; ++i)); do
        mkdir -p "$STATE_DIR"
        mkdir "$STATE_DIR/$name" 2>/dev/null && break
        [ ! -e "$STATE_DIR/$name" ] || die 1 "a lab named $name exists already."
        [ $i -lt 50 ] || die 1 "cannot create $STATE_DIR/$name."
    done

    # From here on every way out of this script removes what it made, until the end.
    trap 'status=$?; [ $status -eq 0 ] || drop_lab "$name"' EXIT
    trap 'exit 1' INT TERM HUP
    if [ $keep -eq 0 ]; then
        printf '%s %s\n' "$owner" "$started" >"$STATE_DIR/$name/owner"
        # The guardian first: if this script is killed half-way, it still cleans up.
        setsid -f "$0" _guard "$name" "$owner" "$started" </dev/null >/dev/null 2>&1
        for ((i = 0; i < 100; ++i)); do
            [ ! -s "$STATE_DIR/$name/guard" ] || break
            sleep 0.01
        done
        [ -s "$STATE_DIR/$name/guard" ] || die 1 "the guardian process did not start."
    else
        printf 'none\n' >"$STATE_DIR/$name/owner"
    fi
    local slot
    slot=$(claim_slot "$name") || die 1 "no free lab slot in 198.18.0.0/24 (31 labs at once?)."
    printf '%s\n' "$slot" >"$STATE_DIR/$name/slot"
    eval "$(facts_of_slot "$name" "$slot")"

    if ! ip netns add "$name" 2>/dev/null; then
        die 77 "cannot create a network namespace here (ip netns add failed: no CAP_SYS_ADMIN?)."
    fi
    ip link add "$NETLAB_HOST_IF" type veth peer name "$NETLAB_PEER_IF" netns "$name" \
        || die 77 "cannot create a veth pair here (no veth support in this kernel?)."
    write_etc "$name"

    enable_ipv6 "$NETLAB_HOST_IF"
    ip addr add "$NETLAB_HOST_V4/29" dev "$NETLAB_HOST_IF"
    ip -6 addr add "$NETLAB_HOST_V6/112" dev "$NETLAB_HOST_IF" nodad
    ip link set "$NETLAB_HOST_IF" up

    # shellcheck disable=SC2016 # expanded by the inner shell, from its arguments
    ip netns exec "$name" bash -euc '
        [ ! -w /proc/sys/net/ipv6/conf/all/disable_ipv6 ] || echo 0 >/proc/sys/net/ipv6/conf/all/disable_ipv6
        [ ! -w /proc/sys/net/ipv6/conf/$1/disable_ipv6 ] || echo 0 >/proc/sys/net/ipv6/conf/$1/disable_ipv6
        ip link set lo up
        ip addr add "$2/29" dev "$1"
        ip -6 addr add "$3/112" dev "$1" nodad
        ip link set "$1" up
    ' _ "$NETLAB_PEER_IF" "$NETLAB_PEER_V4" "$NETLAB_PEER_V6"

    # The veth needs both ends up before the routes settle; wait for the carrier.
    for ((i = 0; i < 50; ++i)); do
        ip -o link show "$NETLAB_HOST_IF" | grep -q 'LOWER_UP' && break
        sleep 0.02
    done
    cmd_check "$name" || die 1 "refusing to run: the lab's routes do not stay on its veth (see above)."
    trap - EXIT INT TERM HUP
    facts_of_slot "$name" "$slot"
}

cmd_facts() {
    require_name "$@"
    load_facts "$1"
    facts_of_slot "$1" "$(cat "$STATE_DIR/$1/slot")"
}

cmd_run() {
    local name=""
    if [ $# -gt 0 ] && [ "$1" != "--" ]; then
        name=$1
        shift
    fi
    if [ $# -lt 2 ] || [ "$1" != "--" ]; then usage; fi
    shift
    local facts
    facts=$("$0" up ${name:+"$name"} --owner $$) || exit $?
    local line
    while IFS= read -r line; do
        export "${line?}"
    done <<<"$facts"
    trap '"$0" down "$NETLAB_NS" || true' EXIT
    trap 'exit 130' INT
    trap 'exit 143' TERM HUP
    local status=0
    "$@" || status=$?
    exit $status
}

cmd_sweep() {
    can_host_lab
    local dir name owner pid started
    [ -d "$STATE_DIR" ] || return 0
    for dir in "$STATE_DIR"/*/; do
        if [ ! -d "$dir" ] || [ -L "${dir%/}" ]; then continue; fi
        name=$(basename "$dir")
        valid_name "$name" || continue
        owner=$(cat "$dir/owner" 2>/dev/null || echo "")
        [ "$owner" != none ] || continue
        read -r pid started <<<"$owner" || true
        if [ -n "$pid" ] && [ -n "${started:-}" ] && owner_alive "$pid" "$started"; then
            continue
        fi
        say "removing stale lab $name (owner ${pid:-unknown} is gone)."
        cmd_down "$name"
    done
    # Slots whose lab is gone.
    for dir in "$STATE_DIR"/slot-*; do
        [ -L "$dir" ] || continue
        [ -d "$STATE_DIR/$(readlink "$dir")" ] || rm -f "$dir"
    done
    rmdir "$STATE_DIR" 2>/dev/null || true
}

cmd_list() {
    [ -d "$STATE_DIR" ] || return 0
    local dir name
    for dir in "$STATE_DIR"/*/; do
        if [ ! -d "$dir" ] || [ -L "${dir%/}" ]; then continue; fi
        name=$(basename "$dir")
        printf '%s\towner %s\tslot %s\n' "$name" "$(cat "$dir/owner" 2>/dev/null)" \
            "$(cat "$dir/slot" 2>/dev/null)"
    done
}

[ $# -ge 1 ] || usage
command=$1
shift
case $command in
up) cmd_up "$@" ;;
down) cmd_down "$@" ;;
run) cmd_run "$@" ;;
facts) cmd_facts "$@" ;;
check) require_name "$@"; can_host_lab; cmd_check "$1" ;;
sweep) cmd_sweep ;;
list) cmd_list ;;
_guard) [ $# -eq 3 ] || usage; cmd_guard "$@" ;;
-h | --help | help) usage 0 ;;
*) usage ;;
esac
