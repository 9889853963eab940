package xsh.hv;

import java.util.List;

/**
 * Opens hosts by name. For the embedded backend a host is made on first use of its name
 * (with {@link HostSpec#DEFAULT}); {@link #create} makes one of another size.
 */
public interface HostProvider {

    /** The host of this name, made with the default size if it does not exist yet. */
    Hypervisor open(String name);

    /** Makes a new host; refused if one of that name exists. */
    Hypervisor create(String name, HostSpec spec);

    /** The names of the hosts that exist. */
    List<String> names();
}
