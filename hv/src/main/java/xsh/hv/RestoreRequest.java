package xsh.hv;

import java.util.OptionalInt;

/**
 * What {@link Hypervisor#restore} builds a domain from: its configuration, as for a create;
 * the size of the memory image that follows; the domid to take, when the image was saved
 * with {@code -D} ({@code c_info.domid}); whether to leave it paused; and whether a monitor
 * watches it ({@code restore -e}: none, so no on_* action runs for it, as for {@code create -e}).
 *
 * @param memoryBytes a whole number of {@link GuestMemory#PAGE_SIZE} pages; the domain gets
 *                    this much memory whatever its configuration says, as a restored guest
 *                    gets the pages its stream holds
 */
public record RestoreRequest(DomainDefinition definition, long memoryBytes, OptionalInt domid, boolean paused,
                             boolean monitored) {

    /** A restore that a monitor watches, as {@code xl restore} without {@code -e}. */
    public RestoreRequest(DomainDefinition definition, long memoryBytes, OptionalInt domid, boolean paused) {
        this(definition, memoryBytes, domid, paused, true);
    }

    public RestoreRequest {
        if (memoryBytes <= 0 || memoryBytes % GuestMemory.PAGE_SIZE != 0) {
            throw new IllegalArgumentException("a memory image is a positive number of pages, not " + memoryBytes
                    + " bytes");
        }
    }
}
