package xsh.cfg.vif;

import java.util.Arrays;

/** A six-octet Ethernet address, shown the way libxl writes it: {@code 00:16:3e:01:02:03}. */
public final class MacAddress {

    private final byte[] octets;

    private MacAddress(byte[] octets) {
        this.octets = octets;
    }

    /** @param octets six values 0..255 */
    public static MacAddress of(int... octets) {
        if (octets.length != 6) {
            throw new IllegalArgumentException("a MAC address has 6 octets, not " + octets.length);
        }
        byte[] bytes = new byte[6];
        for (int i = 0; i < 6; i++) {
            if (octets[i] < 0 || octets[i] > 255) {
                throw new IllegalArgumentException("MAC octet out of range: " + octets[i]);
            }
            bytes[i] = (byte) octets[i];
        }
        return new MacAddress(bytes);
    }

    public int octet(int index) {
        return octets[index] & 0xff;
    }

    /** All zero: libxl reads this as "not set" and picks a random address at create time. */
    public boolean isZero() {
        for (byte b : octets) {
            if (b != 0) {
                return false;
            }
        }
        return true;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof MacAddress other && Arrays.equals(octets, other.octets);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(octets);
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder(17);
        for (int i = 0; i < 6; i++) {
            if (i > 0) {
                sb.append(':');
            }
            sb.append(Character.forDigit(octet(i) >> 4, 16)).append(Character.forDigit(octet(i) & 0xf, 16));
        }
        return sb.toString();
    }
}
