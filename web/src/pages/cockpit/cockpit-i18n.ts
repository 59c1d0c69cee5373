import { i18n } from "../../i18n/index";
import catalog from "./en.json";

// The dashboard's English strings live beside it; merged once when the page loads.
i18n.addResources("en", "translation", catalog);
