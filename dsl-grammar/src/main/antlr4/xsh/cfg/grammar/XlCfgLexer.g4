/*
 * The xl.cfg language as Xen's libxlu lexes it (tools/libs/util/libxlu_cfg_l.l).
 *
 * The input is the file's bytes decoded as ISO-8859-1, so one char is one byte: flex
 * works on bytes, and the emulated quirks (which byte ends a lexical error, which
 * trailing byte is ignored) are byte-exact that way. String values are decoded as
 * UTF-8 afterwards, by the raw settings builder.
 *
 * Equal-length matches go to the earlier rule, as in flex, so the two error-start rules
 * come last and only win where nothing else matches.
 */
lexer grammar XlCfgLexer;

channels { LEXICAL_ERRORS }

// Lower case only; '.' and '_' allowed after the first letter ("a..b", "a." are names).
IDENT   : [a-z] [._0-9a-z]* ;

// Kept as text: "0x1f", "010", "1e5", "9a" and "0xx" are all NUMBER tokens.
NUMBER  : [0-9] [0-9a-fx]* ;

// Passed over by the token source (a lexer action per run of blanks costs more than a token).
BLANK   : [ \t]+ ;

COMMA   : ',' ;
LBRACK  : '[' ;
RBRACK  : ']' ;
ADD     : '+=' ;
ASSIGN  : '=' ;
SEMI    : ';' ;

// A comment is part of the newline that ends it: "# x" without a final '\n' is no token.
NEWLINE : '\n' | '#' ~'\n'* '\n' ;

// No raw newline inside; a backslash takes any next char but a newline (escapes are
// checked when the string is dequoted, as libxlu does).
STRING  : '\'' ( ~['\\\n] | '\\' ~'\n' )* '\''
        | '"'  ( ~["\\\n] | '\\' ~'\n' )* '"'
        ;

// Anything else starts a lexical error, which swallows the rest of the word (flex's
// BEGIN(lexerr) + yymore()). At end of input the pending char is dropped without a
// report: libxlu's quirk of ignoring a lone invalid last byte.
LEXERR_START : ~'\n' -> more, mode(LEXERR) ;

mode LEXERR;

LEXERR_WORD    : ~[ \t\n]+ -> channel(LEXICAL_ERRORS), mode(DEFAULT_MODE) ;
LEXERR_BLANK   : [ \t]     -> channel(LEXICAL_ERRORS), mode(DEFAULT_MODE) ;
// The error is reported and the newline still ends the statement.
LEXERR_NEWLINE : '\n'      -> channel(LEXICAL_ERRORS), mode(DEFAULT_MODE) ;
