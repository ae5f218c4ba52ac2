/**
 * The review rules (审核规则) of a monthly report as pure Java: hard errors block submission, warnings
 * need a written explanation. No Spring here, so the rules are tested on their own and run the same
 * way for a form, the API and an import.
 */
@org.jspecify.annotations.NullMarked
package org.batterytown.stats.review;
