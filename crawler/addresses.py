"""What an internal address is: the crawler refuses them unless the configuration allows them."""

from __future__ import annotations

import ipaddress

__all__ = ["is_internal_address"]


def is_internal_address(address: str) -> bool:
    """True for loopback, private, link-local, multicast, reserved and unspecified addresses.

    IPv6 forms that carry an IPv4 address (IPv4-mapped ``::ffff:127.0.0.1``, 6to4 ``2002:7f00:1::``)
    are judged by the IPv4 address they carry. Raises ValueError for something that is not an IP.
    """
    ip = ipaddress.ip_address(address.split("%", 1)[0])  # a zone index (fe80::1%eth0) is not part of it
    if isinstance(ip, ipaddress.IPv6Address):
        carried = ip.ipv4_mapped or ip.sixtofour
        if carried is not None:
            ip = carried
    return not ip.is_global or ip.is_multicast
