package xsh.hv;

/**
 * What only a simulated host can do: make a guest crash, trip its watchdog or shut itself
 * down, as a real guest would on its own ({@code host inject}).
 */
public interface SimulationControl {

    void inject(int domid, GuestEvent event);
}
