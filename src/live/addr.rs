//! Which address of the laptop the phones should use.
//!
//! Only private IPv4 ranges (10/8, 172.16/12, 192.168/16) and link-local hotspots
//! (169.254/16 last) are offered: a public address means the laptop is not on a room network,
//! and phones rarely reach IPv6 link-local addresses by typing. The interface that carries
//! the default route (Linux: `/proc/net/route`) comes first, then Wi-Fi-looking names, then
//! the others; the console lists them all so the advisor can pick another one (Wi-Fi +
//! Ethernet + hotspot). No address at all → the console explains how to turn a hotspot on.

use std::net::Ipv4Addr;

/// An address the phones could use.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Candidate {
    pub interface: String,
    pub ip: Ipv4Addr,
    /// The interface carries the default route.
    pub default_route: bool,
}

/// Whether phones in the room can reach `ip` (private or link-local IPv4).
pub fn is_room_address(ip: Ipv4Addr) -> bool {
    ip.is_private() || ip.is_link_local()
}

/// Orders the laptop's interfaces: default route first, link-local last, then by name.
pub fn rank(mut candidates: Vec<Candidate>) -> Vec<Candidate> {
    candidates.retain(|c| is_room_address(c.ip));
    candidates.sort_by_key(|c| {
        (
            !c.default_route,
            c.ip.is_link_local(),
            !looks_wireless(&c.interface),
            c.interface.clone(),
            c.ip,
        )
    });
    candidates.dedup_by(|a, b| a.ip == b.ip);
    candidates
}

fn looks_wireless(name: &str) -> bool {
    name.starts_with("wl") || name.starts_with("wifi") || name.starts_with("ap")
}

/// The interface names of the default routes in a `/proc/net/route` text.
pub fn default_route_interfaces(route_table: &str) -> Vec<String> {
    route_table
        .lines()
        .skip(1)
        .filter_map(|line| {
            let mut cols = line.split_whitespace();
            let name = cols.next()?;
            let destination = cols.next()?;
            (destination == "00000000").then(|| name.to_owned())
        })
        .collect()
}

/// The laptop's room addresses, best first (empty: no network — suggest a hotspot).
pub fn candidates() -> Vec<Candidate> {
    let defaults = std::fs::read_to_string("/proc/net/route")
        .map(|t| default_route_interfaces(&t))
        .unwrap_or_default();
    let found = if_addrs::get_if_addrs().unwrap_or_default();
    rank(
        found
            .into_iter()
            .filter_map(|i| match i.addr {
                if_addrs::IfAddr::V4(v4) => Some(Candidate {
                    default_route: defaults.contains(&i.name),
                    interface: i.name,
                    ip: v4.ip,
                }),
                if_addrs::IfAddr::V6(_) => None,
            })
            .collect(),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn c(name: &str, ip: [u8; 4], default_route: bool) -> Candidate {
        Candidate {
            interface: name.into(),
            ip: Ipv4Addr::from(ip),
            default_route,
        }
    }

    #[test]
    fn the_default_route_comes_first_and_public_addresses_go() {
        let ranked = rank(vec![
            c("docker0", [172, 17, 0, 1], false),
            c("lo", [127, 0, 0, 1], false),
            c("eth0", [192, 168, 1, 23], true),
            c("wlan0", [10, 0, 0, 5], false),
            c("ppp0", [82, 64, 1, 1], false),
            c("usb0", [169, 254, 3, 4], false),
        ]);
        let names: Vec<&str> = ranked.iter().map(|c| c.interface.as_str()).collect();
        assert_eq!(names, ["eth0", "wlan0", "docker0", "usb0"]);
    }

    #[test]
    fn default_routes_are_read_from_the_route_table() {
        let table = "Iface\tDestination\tGateway\n\
                     wlp2s0\t00000000\t0101A8C0\n\
                     wlp2s0\t0001A8C0\t00000000\n";
        assert_eq!(default_route_interfaces(table), ["wlp2s0"]);
        assert!(default_route_interfaces("").is_empty());
    }
}
