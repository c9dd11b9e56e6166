"""Panel draws: random, with recusal and balanced workload, recorded so anyone can replay them."""
