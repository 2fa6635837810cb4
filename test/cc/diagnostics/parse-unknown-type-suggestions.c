/* Unknown type names with gcc's hints: a near miss of a type, a type from a header not included, a
   struct tag without its keyword, and a parameter without a type. */
typedef struct { int x, y; } Point;
struct node { int value; };

Int count; // error
point origin; // error
bool ready; // error
node *head; // error
int area(int width, height); // error
