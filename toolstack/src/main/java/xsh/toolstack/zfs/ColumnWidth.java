package xsh.toolstack.zfs;

/**
 * How wide zfs makes a property's column (zprop_width, then zfs_expand_proplist): at least its
 * header; a number at least five characters, the most a human-readable size takes
 * ({@code 20.4M}), and an index property as wide as its longest word, both whatever the values
 * (unless {@code -p} prints them whole); any other property as wide as its widest value.
 */
final class ColumnWidth {

    private final PropertyField field;
    private final boolean fixed;
    private int width;

    ColumnWidth(PropertyField field, boolean literal) {
        this.field = field;
        ZfsProperty property = field.property();
        int least = field.header().length();
        boolean fixedWidth = false;
        if (property != null) {
            switch (property.kind()) {
                case SIZE, LIMIT, NUMBER, RATIO -> {
                    least = Math.max(least, 5);
                    fixedWidth = true;
                }
                case INDEX -> {
                    for (String word : property.choices()) {
                        least = Math.max(least, word.length());
                    }
                    fixedWidth = true;
                }
                default -> {
                }
            }
        }
        this.fixed = fixedWidth && !literal;
        this.width = least;
    }

    PropertyField field() {
        return field;
    }

    /** Takes a value shown in the column into account. */
    void fit(String value) {
        if (!fixed && !value.equals("-")) {
            width = Math.max(width, value.length());
        }
    }

    int width() {
        return width;
    }
}
