/* #pragma pack is not supported: each use warns (the struct keeps its natural layout), the program compiles. */
#pragma pack(push, 1)
struct s { char c; int i; };
#pragma pack(pop)
int main(void) { return sizeof(struct s) == 8 ? 0 : 1; }
