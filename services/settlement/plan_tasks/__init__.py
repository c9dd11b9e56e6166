"""The plan's task list (清单) with closure (闭环), and its supervision rounds."""
