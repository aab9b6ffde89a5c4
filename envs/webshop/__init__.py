"""WebShop (Yao et al., NeurIPS 2022): its shopping protocol and purchase reward, no Java.

So far: the purchase reward (:mod:`creditkit_envs.webshop.reward`). The pages, the search and
the shipped catalogue follow (issue 18).
"""

from creditkit_envs.webshop.reward import PurchaseReward, purchase_reward

__all__ = ["PurchaseReward", "purchase_reward"]
