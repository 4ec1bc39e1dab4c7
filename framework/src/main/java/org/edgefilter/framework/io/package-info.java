/** File helpers shared by every module: atomic writes and the project's JSON mapper. */
package org.edgefilter.framework.io;
