/** An activity to show on the map, as a list or a layer hands it over: the popup loads the rest. */
export interface PopupTarget {
  id: string;
  lat: number;
  lng: number;
}
