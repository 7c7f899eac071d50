# shellcheck shell=bash
# Sourced by the scripts that show the classic demo: demo.sh, screenshots.sh, diagrams.sh.

# lan_address: this machine's first global IPv4 address, the one a LAN client would dial;
# 127.0.0.1 when it has none (then the hostname bind cannot be refused, and the demo says so).
lan_address() {
    local address
    address=$(ip -4 -o addr show scope global 2>/dev/null | awk '{split($4, a, "/"); print a[1]; exit}')
    echo "${address:-127.0.0.1}"
}
