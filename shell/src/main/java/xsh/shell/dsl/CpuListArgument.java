package xsh.shell.dsl;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * A set of pCPUs as a script gives it: xl's CPU list text ({@code '0-3,^1'}, {@code 'node:0'},
 * {@code 'all'}), one pCPU's number, or a list of numbers; null is {@code -} (left as it is).
 */
final class CpuListArgument {

    private CpuListArgument() {
    }

    static String of(String method, Object cpus) {
        if (cpus == null) {
            return "-";
        }
        if (cpus instanceof Collection<?> many) {
            List<String> words = new ArrayList<>();
            many.forEach(cpu -> words.add(TextArgument.word(method, cpu)));
            return String.join(",", words);
        }
        return TextArgument.word(method, cpus);
    }
}
