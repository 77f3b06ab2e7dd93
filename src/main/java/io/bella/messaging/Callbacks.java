package io.bella.messaging;

import java.util.List;
import java.util.Optional;

import io.bella.system.Page;
import io.bella.system.Paging;

import org.springframework.stereotype.Service;

/**
 * The callback requests for staff beside the API: listed, read and marked done as
 * {@code /api/callbacks} does.
 */
@Service
public class Callbacks {

	private final CallbackRequests requests;

	private final Voicemails voicemails;

	Callbacks(CallbackRequests requests, Voicemails voicemails) {
		this.requests = requests;
		this.voicemails = voicemails;
	}

	/**
	 * A page of the requests in a state ({@link CallbackRequest#OPEN} or
	 * {@link CallbackRequest#DONE}), or of all when {@code null}: open ones first, oldest
	 * first, then done ones, newest first.
	 */
	public Page<CallbackRequest> find(String status, Paging paging) {
		return this.requests.findAll(status, paging);
	}

	public Optional<CallbackRequest> findById(long id) {
		return this.requests.findById(id);
	}

	/** The requests left on a call. */
	public List<CallbackRequest> ofCall(String callSid) {
		return this.requests.ofCall(callSid);
	}

	/**
	 * Staff called back: the request leaves the open list; one done already stays as it
	 * is.
	 * @return whether it was open
	 */
	public boolean markDone(long id) {
		return this.voicemails.markDone(id);
	}

}
