/*
 * The xl.cfg language as Xen's libxlu parses it (tools/libs/util/libxlu_cfg_y.y).
 *
 * libxlu's "file: stmts | stmts assignment" lets the last assignment go without a
 * terminator; the token source appends a virtual NEWLINE at end of input instead, which
 * accepts exactly the same files and keeps every decision here LL(1) but the list tail.
 *
 * Error recovery is libxlu's "stmt: error NEWLINE": a statement with a syntax error is
 * reported and skipped up to and including the next NEWLINE token (see StatementRecovery).
 */
parser grammar XlCfgParser;

options { tokenVocab = XlCfgLexer; superClass = StatementRecoveringParser; }

// The whole file. ConfigParser calls statement() itself until end of input, so that a
// statement starting with any token at all goes through statement's recovery.
config     : statement* EOF ;

// Labels hold what the model builder needs, so no parse tree has to be built; the
// terminator and the atom are inlined, as a rule call per statement part is what costs.
statement  : assign=assignment (NEWLINE | SEMI)
           | (NEWLINE | SEMI)
           ;
catch [RecognitionException e] { recoverStatement(_localctx, e); }

assignment : key=IDENT op=(ASSIGN | ADD) val=value ;

// An atom (STRING or NUMBER, both stored as text) or a list.
value      : scalar=(STRING | NUMBER) | items=list ;

// Empty, or items separated by commas with at most one trailing comma; newlines and
// comments anywhere inside.
list       : open=LBRACK NEWLINE*
             ( item+=value NEWLINE* ( COMMA NEWLINE* item+=value NEWLINE* )* ( COMMA NEWLINE* )? )?
             close=RBRACK ;
