/**
 * Reading and writing a whole report as JSON (amounts in 万元 as exact decimal strings): the demo unit ships in
 * this format, and it is the seam for the USB handover between a unit and its supervising department.
 */
package juesuan.exchange;
