#include "graphviz.h"

#include <unistd.h>

#include <atomic>
#include <cstring>
#include <mutex>
#include <unordered_map>
#include <vector>

#include "graphviz_messages.h"

namespace kinmap {
namespace {

// Graphviz reports errors and warnings through a process-wide callback;
// collect them so they can travel in a RenderError or be translated into
// kinmap's words instead of going to stderr. In a layout child process they
// go straight to a descriptor (see layout_isolation.h), so that what was
// said before a crash survives it.
std::atomic<int> message_fd{-1};
std::mutex& messages_mutex() {
  static std::mutex mutex;
  return mutex;
}
std::string& messages() {
  static std::string text;
  return text;
}
int collect_message(char* text) {
  if (const int fd = message_fd.load(); fd >= 0) {
    for (std::size_t size = std::strlen(text); size > 0;) {
      const ssize_t n = ::write(fd, text, size);
      if (n <= 0) break;
      text += n;
      size -= static_cast<std::size_t>(n);
    }
    return 0;
  }
  std::lock_guard lock(messages_mutex());
  messages() += text;
  return 0;
}
std::string take_messages() {
  std::lock_guard lock(messages_mutex());
  std::string text;
  std::swap(text, messages());
  while (!text.empty() && (text.back() == '\n' || text.back() == ' ')) text.pop_back();
  return text;
}

// cgraph's old signatures take char*; it copies what it is given, so the
// strings only need to live for the call. This is the one place that casts.
// Names and values are short: they are copied to the stack, not the heap.
class CString {
 public:
  explicit CString(std::string_view text) {
    if (text.size() < sizeof(small_)) {
      text.copy(small_, text.size());
      small_[text.size()] = '\0';
      data_ = small_;
    } else {
      large_ = text;
      data_ = large_.data();
    }
  }
  CString(const CString&) = delete;
  CString& operator=(const CString&) = delete;
  char* get() { return data_; }

 private:
  char small_[128];
  std::string large_;
  char* data_;
};

// Object ids in creation order. cgraph's default discipline uses the
// address of each interned name as its id and keeps subgraphs sorted by id,
// so clusters came out in a different order from one drawing to the next in
// the same process. Here a named object's id is twice its creation index
// (even, as cgraph expects of named ids) and anonymous objects get odd ids.
// Names are interned in the graph's string pool (agstrdup), as cgraph
// expects of the names it prints: it looks for an HTML flag just before them.
struct CreationOrderIds {
  Agraph_t* graph = nullptr;
  std::unordered_map<std::string_view, IDTYPE> ids;  // views of `names`
  std::vector<char*> names;                          // names[id / 2]
  IDTYPE next_anonymous = 1;
};

void* ids_open(Agraph_t* graph, Agdisc_t*) {
  auto* ids = new CreationOrderIds;
  ids->graph = graph;
  return ids;
}

long ids_map(void* state, int, char* name, IDTYPE* id, int create) {
  auto& ids = *static_cast<CreationOrderIds*>(state);
  if (!name) {
    *id = ids.next_anonymous;
    ids.next_anonymous += 2;
    return 1;
  }
  if (auto it = ids.ids.find(std::string_view(name)); it != ids.ids.end()) {
    *id = it->second;
    return 1;
  }
  if (!create) return 0;
  *id = static_cast<IDTYPE>(2 * ids.names.size());
  ids.names.push_back(agstrdup(ids.graph, name));  // lives until the graph closes
  ids.ids.emplace(ids.names.back(), *id);
  return 1;
}

long ids_alloc(void*, int, IDTYPE) {
  return 0;
}  // callers never ask for a given id
void ids_free(void*, int, IDTYPE) {}
char* ids_print(void* state, int, IDTYPE id) {
  auto& ids = *static_cast<CreationOrderIds*>(state);
  if (id % 2 != 0 || id / 2 >= ids.names.size()) return nullptr;
  return ids.names[static_cast<std::size_t>(id / 2)];
}
void ids_close(void* state) {
  delete static_cast<CreationOrderIds*>(state);
}
void ids_register(void*, int, void*) {}

Agiddisc_t creation_order_ids{ids_open,  ids_map,   ids_alloc,   ids_free,
                              ids_print, ids_close, ids_register};
Agdisc_t creation_order_discipline{&AgMemDisc, &creation_order_ids, &AgIoDisc};

}  // namespace

std::string take_graphviz_messages() {
  return take_messages();
}

void send_graphviz_messages_to(int fd) {
  message_fd.store(fd);
}

GraphvizContext::GraphvizContext() : context_(gvContext()) {
  if (!context_) throw RenderError("Graphviz could not start (gvContext failed)");
  agseterrf(&collect_message);
  agseterr(AGWARN);  // warnings too: a line Graphviz could not route must not pass unseen
}

GraphvizGraph::GraphvizGraph(std::string_view name)
    : graph_(agopen(CString(name).get(), Agdirected, &creation_order_discipline)) {
  if (!graph_) throw RenderError("Graphviz could not create a graph");
}

void GraphvizGraph::declare(int kind, std::string_view name, std::string_view default_value) {
  agattr(graph_.get(), kind, CString(name).get(), CString(default_value).get());
}

Agraph_t* GraphvizGraph::subgraph(std::string_view name, Agraph_t* parent) {
  return agsubg(parent ? parent : graph_.get(), CString(name).get(), 1);
}

Agnode_t* GraphvizGraph::node(std::string_view name, Agraph_t* in) {
  Agnode_t* n = agnode(graph_.get(), CString(name).get(), 1);
  if (in && in != graph_.get()) agsubnode(in, n, 1);
  return n;
}

Agnode_t* GraphvizGraph::find_node(std::string_view name) const {
  return agnode(graph_.get(), CString(name).get(), 0);
}

Agedge_t* GraphvizGraph::edge(Agnode_t* tail, Agnode_t* head, std::string_view name) {
  return agedge(graph_.get(), tail, head, CString(name).get(), 1);
}

Agsym_t* GraphvizGraph::symbol(void* object, std::string_view attribute) {
  // Edges report AGOUTEDGE or AGINEDGE; attributes are declared for AGEDGE.
  const int kind = agobjkind(object) == AGINEDGE ? AGEDGE : agobjkind(object);
  auto& symbols = symbols_.at(static_cast<std::size_t>(kind));
  if (auto it = symbols.find(attribute); it != symbols.end()) return it->second;
  Agsym_t* found = agattr(graph_.get(), kind, CString(attribute).get(), nullptr);
  if (!found) found = agattr(graph_.get(), kind, CString(attribute).get(), CString("").get());
  symbols.emplace(attribute, found);
  return found;
}

void GraphvizGraph::set(void* object, std::string_view attribute, std::string_view value) {
  Agsym_t* sym = symbol(object, attribute);
  // Setting what is already there (most often the declared default) would
  // still cost two lookups in cgraph's string pool.
  char* current = agxget(object, sym);
  if (value == current && !aghtmlstr(current)) return;
  agxset(object, sym, CString(value).get());
}

void GraphvizGraph::set_html(void* object, std::string_view attribute, std::string_view html) {
  // agstrdup_html marks the string as an HTML-like label; agxset takes its
  // own reference, so ours is released at once.
  char* marked = agstrdup_html(graph_.get(), CString(html).get());
  agxset(object, symbol(object, attribute), marked);
  agstrfree(graph_.get(), marked);
}

namespace {

/// What Graphviz said when it failed, in kinmap's words (graphviz_messages.h),
/// as ": ..." to follow the failure; empty when it said nothing.
std::string in_kinmap_words(const std::string& said) {
  const GraphvizReport report =
      read_graphviz_messages(said, [](const std::string&, const std::string&) { return true; });
  std::string text = report.damaged() ? report.damage() : "";
  for (const std::string& note : report.notes) text += (text.empty() ? "" : "; ") + note;
  return text.empty() ? "" : ": " + text;
}

}  // namespace

GraphvizLayout::GraphvizLayout(const GraphvizContext& context, GraphvizGraph& graph,
                               const char* engine)
    : context_(context.get()), graph_(graph.get()) {
  if (gvLayout(context_, graph_, engine) != 0) {
    const std::string why = take_messages();
    throw RenderError("Graphviz could not lay out the genogram" + in_kinmap_words(why));
  }
}

GraphvizLayout::~GraphvizLayout() {
  gvFreeLayout(context_, graph_);
}

std::string GraphvizLayout::render(const char* format) const {
  struct Data {
    char* bytes = nullptr;
    ~Data() {
      if (bytes) gvFreeRenderData(bytes);
    }
  } data;
  unsigned int length = 0;
  if (gvRenderData(context_, graph_, format, &data.bytes, &length) != 0 || !data.bytes) {
    const std::string why = take_messages();
    throw RenderError(std::string("Graphviz could not write ") + format + in_kinmap_words(why));
  }
  return std::string(data.bytes, length);
}

std::pair<double, double> GraphvizLayout::size_points() const {
  const boxf box = GD_bb(graph_);
  return {box.UR.x - box.LL.x, box.UR.y - box.LL.y};
}

std::pair<double, double> GraphvizLayout::centre_points() const {
  const boxf box = GD_bb(graph_);
  return {(box.UR.x + box.LL.x) / 2, (box.UR.y + box.LL.y) / 2};
}

}  // namespace kinmap
