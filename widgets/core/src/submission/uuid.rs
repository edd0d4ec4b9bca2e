//! UUID v4 from 16 random bytes (the browser's `crypto.getRandomValues` supplies them).

/// Formats random bytes as an RFC 9562 version-4 UUID.
pub fn uuid_v4(mut bytes: [u8; 16]) -> String {
    bytes[6] = (bytes[6] & 0x0f) | 0x40;
    bytes[8] = (bytes[8] & 0x3f) | 0x80;
    let hex: String = bytes.iter().map(|b| format!("{b:02x}")).collect();
    format!(
        "{}-{}-{}-{}-{}",
        &hex[0..8],
        &hex[8..12],
        &hex[12..16],
        &hex[16..20],
        &hex[20..32]
    )
}

#[cfg(test)]
mod tests {
    #[test]
    fn sets_version_and_variant() {
        assert_eq!(
            super::uuid_v4([0xff; 16]),
            "ffffffff-ffff-4fff-bfff-ffffffffffff"
        );
        assert_eq!(
            super::uuid_v4([0; 16]),
            "00000000-0000-4000-8000-000000000000"
        );
    }
}
