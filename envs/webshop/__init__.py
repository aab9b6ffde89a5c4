"""WebShop (Yao et al., NeurIPS 2022): its shopping protocol and purchase reward, no Java.

So far: the purchase reward (:mod:`creditkit_envs.webshop.reward`) and the product search
(:mod:`creditkit_envs.webshop.search`). The pages and the shipped catalogue follow (issue 18).
"""

from creditkit_envs.webshop.reward import PurchaseReward, purchase_reward
from creditkit_envs.webshop.search import ProductSearch

__all__ = ["ProductSearch", "PurchaseReward", "purchase_reward"]
