/* Universal character names that are cut short or name no character; literals too long or mixed. */
const char *a = "\u12"; // error
const char *b = "\ud800"; // error
int c = 'abcde'; // warning
const void *d = L"wide" u"narrow"; // error
int main(void) { return 0; }
