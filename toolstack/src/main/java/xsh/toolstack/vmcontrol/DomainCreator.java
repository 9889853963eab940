package xsh.toolstack.vmcontrol;

import java.util.Optional;
import xsh.error.XshException;
import xsh.hv.DomainInfo;
import xsh.hv.HvException;
import xsh.hv.Hypervisor;
import xsh.toolstack.domain.DomainFileNames;

/**
 * {@code xl create}'s last step: build the domain on the host and start it, or leave it
 * paused. Reading the file comes first ({@link ConfigFileReader}, {@link ConfigTyper}) so a
 * face can say {@code Parsing config from F} between reading and typing, as xl does.
 */
public final class DomainCreator {

    private final Hypervisor hv;
    private final boolean xlCompatible;

    /** @param xlCompatible tell libxl's failures as xl prints them, prefix and all */
    public DomainCreator(Hypervisor hv, boolean xlCompatible) {
        this.hv = hv;
        this.xlCompatible = xlCompatible;
    }

    /**
     * @throws xsh.error.MultiLineException libxl's refusal and xl's exit code ({@code -rc}):
     *         6 for a name already taken, 3 for memory that does not fit
     * @throws XshException exit code 1 for a name {@link DomainFileNames} refuses
     */
    public DomainInfo create(TypedConfig config, boolean paused) {
        return create(config, paused, true);
    }

    /**
     * @param monitored false for xl's {@code create -e}: no monitor, so no on_* action runs
     *                  when the guest stops
     */
    public DomainInfo create(TypedConfig config, boolean paused, boolean monitored) {
        Optional<String> refusal = DomainFileNames.refusal(config.name());
        if (refusal.isPresent()) {
            throw new XshException(refusal.get(), 1);
        }
        // checked here as well as by the host, so the message and exit code are libxl's
        // whichever error code the host gives a name clash
        if (hv.domainNamed(config.name()).isPresent()) {
            throw CreateFailure.nameTaken(config.name(), xlCompatible);
        }
        try {
            return monitored ? hv.create(config.definition(), paused) : hv.create(config.definition(), paused, false);
        } catch (HvException e) {
            throw CreateFailure.of(e, xlCompatible);
        }
    }
}
