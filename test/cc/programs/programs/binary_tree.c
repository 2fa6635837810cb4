/* A binary search tree with malloc: insert, in-order traversal, height, delete, and freeing every node. */
#include <stdio.h>
#include <stdlib.h>

struct tree {
  int key;
  struct tree *left, *right;
};

static int live_nodes;

static struct tree *insert(struct tree *t, int key) {
  if (!t) {
    t = malloc(sizeof *t);
    if (!t) exit(1);
    t->key = key;
    t->left = t->right = NULL;
    live_nodes++;
    return t;
  }
  if (key < t->key) t->left = insert(t->left, key);
  else if (key > t->key) t->right = insert(t->right, key);
  return t;
}

static void inorder(const struct tree *t) {
  if (!t) return;
  inorder(t->left);
  printf("%d ", t->key);
  inorder(t->right);
}

static int height(const struct tree *t) {
  if (!t) return 0;
  int l = height(t->left), r = height(t->right);
  return 1 + (l > r ? l : r);
}

static struct tree *remove_key(struct tree *t, int key) {
  if (!t) return NULL;
  if (key < t->key) t->left = remove_key(t->left, key);
  else if (key > t->key) t->right = remove_key(t->right, key);
  else {
    if (!t->left || !t->right) {
      struct tree *child = t->left ? t->left : t->right;
      free(t);
      live_nodes--;
      return child;
    }
    struct tree *m = t->right;
    while (m->left) m = m->left;
    t->key = m->key;
    t->right = remove_key(t->right, m->key);
  }
  return t;
}

static void destroy(struct tree *t) {
  if (!t) return;
  destroy(t->left);
  destroy(t->right);
  free(t);
  live_nodes--;
}

int main(void) {
  struct tree *root = NULL;
  int keys[] = {50, 30, 70, 20, 40, 60, 80, 35, 45, 65, 30, 85, 10};
  for (int i = 0; i < 13; i++) root = insert(root, keys[i]);
  inorder(root);
  printf("\nnodes %d height %d\n", live_nodes, height(root));
  root = remove_key(root, 30);
  root = remove_key(root, 50);
  root = remove_key(root, 99);
  inorder(root);
  printf("\nnodes %d height %d root %d\n", live_nodes, height(root), root->key);
  for (int i = 0; i < 500; i++) root = insert(root, (i * 7919) % 1000);
  printf("nodes %d height %d\n", live_nodes, height(root));
  destroy(root);
  printf("nodes after free %d\n", live_nodes);
  return 0;
}
