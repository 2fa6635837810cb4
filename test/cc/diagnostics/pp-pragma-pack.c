/* #pragma pack with another alignment than 1 is not supported: each use warns (the struct keeps its
   natural layout), and the program compiles. */
#pragma pack(push, 4)
struct s { char c; long l; };
#pragma pack(pop)
#pragma pack(2)
struct t { char c; int i; };
#pragma pack()
int main(void) { return sizeof(struct s) == 16 && sizeof(struct t) == 8 ? 0 : 1; }
