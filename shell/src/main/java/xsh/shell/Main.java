package xsh.shell;

/** Entry point of {@code xsh}. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        System.out.println("xsh");
    }
}
