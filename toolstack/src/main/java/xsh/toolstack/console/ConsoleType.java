package xsh.toolstack.console;

import java.util.Locale;
import xsh.error.XshException;

/** {@code xl console -t}: a PV console, the emulated serial port, or the Arm vUART. */
public enum ConsoleType {
    PV,
    SERIAL,
    VUART;

    /** xl compares the names exactly, lower case. */
    public static ConsoleType of(String name) {
        for (ConsoleType t : values()) {
            if (t.name().toLowerCase(Locale.ROOT).equals(name)) {
                return t;
            }
        }
        throw new XshException("console type supported are: pv, serial, vuart", 1);
    }
}
