"""A round trip with the Python client that openapi-generator made from Atrium's document.

Run by GeneratedPythonClientIT: python3 generated_client_round_trip.py <base url of /api/v1> <admin password>.
Pydantic checks every answer against the document's schemas as the client reads it, so an answer that
the document does not describe fails here. Exits non-zero on the first failure.
"""
import json
import sys

import atrium_client
from atrium_client.exceptions import ApiException
from atrium_client.models.error import Error
from atrium_client.models.product_create import ProductCreate
from atrium_client.models.product_update import ProductUpdate
from atrium_client.models.upsert_item import UpsertItem


def main(base, password):
    config = atrium_client.Configuration(host=base, username="admin", password=password)
    with atrium_client.ApiClient(config) as client:
        login = atrium_client.AppApi(client).get_app_user()
        assert len(login.token) == 32, login.token
        config.username = None
        config.password = None
        config.api_key["AuthorizationToken"] = login.authorization_token
        products = atrium_client.ProductApi(client)

        created = products.create_product_item(ProductCreate(name="Python skates", number="PY-1", price=19.5))
        assert products.get_product_item(created.id).number == "PY-1"
        where = json.dumps([{"type": "equals", "attribute": "number", "value": "PY-1"}])
        page = products.get_list_of_product_items(where=where, select="name")
        assert page.total == 1 and page.list[0].name == "Python skates", page
        assert page.list[0].number is None, "select trims the record"
        full = products.get_list_of_product_items(where=where)
        assert full.list[0].price == 19.5, full
        assert products.patch_product_item(created.id, ProductUpdate(price=17.0)).price == 17.0
        answer = atrium_client.MassActionsApi(client).upsert([
            UpsertItem(entity="Product", payload={"name": "Apple iPhone 15", "sku": "py-iphone15"})])
        assert answer.actual_instance[0].status == "Created", answer
        try:
            products.create_product_item(ProductCreate(name="Bad digit", number="PY-2", ean="4006381333932"))
            raise AssertionError("a bad EAN was stored")
        except ApiException as refused:
            assert refused.status == 400, refused.status
            error = Error.from_json(refused.body)
            assert error.errors[0].var_field == "ean" and error.errors[0].code == "checksum", error
        assert products.delete_product_item(created.id) is True
        try:
            products.get_product_item(created.id)
            raise AssertionError("a deleted product was read")
        except ApiException as gone:
            assert gone.status == 404, gone.status
    print("python client round trip: ok")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
